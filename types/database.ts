export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  public: {
    Tables: {
      activities: {
        Row: {
          action: string
          id: string
          metadata: NonNullable<Json>
          occurred_at: string
          target_id: string | null
          target_type: string | null
          tenant_id: string
          user_id: string | null
        }
        Insert: {
          action: string
          id?: string
          metadata?: NonNullable<Json>
          occurred_at?: string
          target_id?: string | null
          target_type?: string | null
          tenant_id: string
          user_id?: string | null
        }
        Update: {
          action?: string
          id?: string
          metadata?: NonNullable<Json>
          occurred_at?: string
          target_id?: string | null
          target_type?: string | null
          tenant_id?: string
          user_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "activities_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "activities_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      activities_2026q1: {
        Row: {
          action: string
          id: string
          metadata: NonNullable<Json>
          occurred_at: string
          target_id: string | null
          target_type: string | null
          tenant_id: string
          user_id: string | null
        }
        Insert: {
          action: string
          id?: string
          metadata?: NonNullable<Json>
          occurred_at?: string
          target_id?: string | null
          target_type?: string | null
          tenant_id: string
          user_id?: string | null
        }
        Update: {
          action?: string
          id?: string
          metadata?: NonNullable<Json>
          occurred_at?: string
          target_id?: string | null
          target_type?: string | null
          tenant_id?: string
          user_id?: string | null
        }
        Relationships: []
      }
      activities_2026q2: {
        Row: {
          action: string
          id: string
          metadata: NonNullable<Json>
          occurred_at: string
          target_id: string | null
          target_type: string | null
          tenant_id: string
          user_id: string | null
        }
        Insert: {
          action: string
          id?: string
          metadata?: NonNullable<Json>
          occurred_at?: string
          target_id?: string | null
          target_type?: string | null
          tenant_id: string
          user_id?: string | null
        }
        Update: {
          action?: string
          id?: string
          metadata?: NonNullable<Json>
          occurred_at?: string
          target_id?: string | null
          target_type?: string | null
          tenant_id?: string
          user_id?: string | null
        }
        Relationships: []
      }
      activities_2026q3: {
        Row: {
          action: string
          id: string
          metadata: NonNullable<Json>
          occurred_at: string
          target_id: string | null
          target_type: string | null
          tenant_id: string
          user_id: string | null
        }
        Insert: {
          action: string
          id?: string
          metadata?: NonNullable<Json>
          occurred_at?: string
          target_id?: string | null
          target_type?: string | null
          tenant_id: string
          user_id?: string | null
        }
        Update: {
          action?: string
          id?: string
          metadata?: NonNullable<Json>
          occurred_at?: string
          target_id?: string | null
          target_type?: string | null
          tenant_id?: string
          user_id?: string | null
        }
        Relationships: []
      }
      activities_2026q4: {
        Row: {
          action: string
          id: string
          metadata: NonNullable<Json>
          occurred_at: string
          target_id: string | null
          target_type: string | null
          tenant_id: string
          user_id: string | null
        }
        Insert: {
          action: string
          id?: string
          metadata?: NonNullable<Json>
          occurred_at?: string
          target_id?: string | null
          target_type?: string | null
          tenant_id: string
          user_id?: string | null
        }
        Update: {
          action?: string
          id?: string
          metadata?: NonNullable<Json>
          occurred_at?: string
          target_id?: string | null
          target_type?: string | null
          tenant_id?: string
          user_id?: string | null
        }
        Relationships: []
      }
      activities_2027q1: {
        Row: {
          action: string
          id: string
          metadata: NonNullable<Json>
          occurred_at: string
          target_id: string | null
          target_type: string | null
          tenant_id: string
          user_id: string | null
        }
        Insert: {
          action: string
          id?: string
          metadata?: NonNullable<Json>
          occurred_at?: string
          target_id?: string | null
          target_type?: string | null
          tenant_id: string
          user_id?: string | null
        }
        Update: {
          action?: string
          id?: string
          metadata?: NonNullable<Json>
          occurred_at?: string
          target_id?: string | null
          target_type?: string | null
          tenant_id?: string
          user_id?: string | null
        }
        Relationships: []
      }
      activities_default: {
        Row: {
          action: string
          id: string
          metadata: NonNullable<Json>
          occurred_at: string
          target_id: string | null
          target_type: string | null
          tenant_id: string
          user_id: string | null
        }
        Insert: {
          action: string
          id?: string
          metadata?: NonNullable<Json>
          occurred_at?: string
          target_id?: string | null
          target_type?: string | null
          tenant_id: string
          user_id?: string | null
        }
        Update: {
          action?: string
          id?: string
          metadata?: NonNullable<Json>
          occurred_at?: string
          target_id?: string | null
          target_type?: string | null
          tenant_id?: string
          user_id?: string | null
        }
        Relationships: []
      }
      api_error_logs: {
        Row: {
          created_at: string
          details: NonNullable<Json>
          error_code: string
          error_key: string | null
          http_status: number | null
          id: string
          message: string | null
          origin_tag: string | null
          path: string | null
          request_id: string
          tenant_id: string | null
          user_id: string | null
        }
        Insert: {
          created_at?: string
          details?: NonNullable<Json>
          error_code: string
          error_key?: string | null
          http_status?: number | null
          id?: string
          message?: string | null
          origin_tag?: string | null
          path?: string | null
          request_id: string
          tenant_id?: string | null
          user_id?: string | null
        }
        Update: {
          created_at?: string
          details?: NonNullable<Json>
          error_code?: string
          error_key?: string | null
          http_status?: number | null
          id?: string
          message?: string | null
          origin_tag?: string | null
          path?: string | null
          request_id?: string
          tenant_id?: string | null
          user_id?: string | null
        }
        Relationships: []
      }
      audit_logs: {
        Row: {
          actor_id: string | null
          actor_role: string
          id: string
          new_values: Json | null
          occurred_at: string
          old_values: Json | null
          operation: string
          record_id: string
          table_name: string
          tenant_id: string | null
          txid: number
        }
        Insert: {
          actor_id?: string | null
          actor_role?: string
          id?: string
          new_values?: Json | null
          occurred_at?: string
          old_values?: Json | null
          operation: string
          record_id: string
          table_name: string
          tenant_id?: string | null
          txid?: number
        }
        Update: {
          actor_id?: string | null
          actor_role?: string
          id?: string
          new_values?: Json | null
          occurred_at?: string
          old_values?: Json | null
          operation?: string
          record_id?: string
          table_name?: string
          tenant_id?: string | null
          txid?: number
        }
        Relationships: []
      }
      cohorts: {
        Row: {
          capacity: number | null
          created_at: string
          delivery_end_date: string | null
          delivery_start_date: string | null
          enrollment_closes_at: string | null
          enrollment_opens_at: string | null
          id: string
          name: string
          programme_id: string
          provider_id: string
          status: Database["public"]["Enums"]["content_status"]
          tenant_id: string
          updated_at: string
        }
        Insert: {
          capacity?: number | null
          created_at?: string
          delivery_end_date?: string | null
          delivery_start_date?: string | null
          enrollment_closes_at?: string | null
          enrollment_opens_at?: string | null
          id?: string
          name: string
          programme_id: string
          provider_id: string
          status?: Database["public"]["Enums"]["content_status"]
          tenant_id: string
          updated_at?: string
        }
        Update: {
          capacity?: number | null
          created_at?: string
          delivery_end_date?: string | null
          delivery_start_date?: string | null
          enrollment_closes_at?: string | null
          enrollment_opens_at?: string | null
          id?: string
          name?: string
          programme_id?: string
          provider_id?: string
          status?: Database["public"]["Enums"]["content_status"]
          tenant_id?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "cohorts_programme_id_fkey"
            columns: ["programme_id", "provider_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "programmes"
            referencedColumns: ["id", "provider_id", "tenant_id"]
          },
          {
            foreignKeyName: "cohorts_provider_id_fkey"
            columns: ["provider_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "providers"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "cohorts_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      comments: {
        Row: {
          body: string
          created_at: string
          edited_at: string | null
          id: string
          parent_comment_id: string | null
          status: Database["public"]["Enums"]["content_status"]
          target_id: string
          target_type: string
          tenant_id: string
          updated_at: string
          user_id: string | null
        }
        Insert: {
          body: string
          created_at?: string
          edited_at?: string | null
          id?: string
          parent_comment_id?: string | null
          status?: Database["public"]["Enums"]["content_status"]
          target_id: string
          target_type?: string
          tenant_id: string
          updated_at?: string
          user_id?: string | null
        }
        Update: {
          body?: string
          created_at?: string
          edited_at?: string | null
          id?: string
          parent_comment_id?: string | null
          status?: Database["public"]["Enums"]["content_status"]
          target_id?: string
          target_type?: string
          tenant_id?: string
          updated_at?: string
          user_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "comments_parent_comment_id_fkey"
            columns: ["parent_comment_id"]
            isOneToOne: false
            referencedRelation: "comments"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "comments_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "comments_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      companies: {
        Row: {
          challenges: string[]
          company_size: string | null
          created_at: string
          description: string | null
          funding_raised: number | null
          funding_stage: string | null
          id: string
          location: string | null
          logo_url: string | null
          name: string
          postcode: string | null
          profile_completeness_score: number
          sector: string | null
          stage: string | null
          status: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at: string
          website_url: string | null
        }
        Insert: {
          challenges?: string[]
          company_size?: string | null
          created_at?: string
          description?: string | null
          funding_raised?: number | null
          funding_stage?: string | null
          id?: string
          location?: string | null
          logo_url?: string | null
          name: string
          postcode?: string | null
          profile_completeness_score?: number
          sector?: string | null
          stage?: string | null
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at?: string
          website_url?: string | null
        }
        Update: {
          challenges?: string[]
          company_size?: string | null
          created_at?: string
          description?: string | null
          funding_raised?: number | null
          funding_stage?: string | null
          id?: string
          location?: string | null
          logo_url?: string | null
          name?: string
          postcode?: string | null
          profile_completeness_score?: number
          sector?: string | null
          stage?: string | null
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id?: string
          updated_at?: string
          website_url?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "companies_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      company_staff: {
        Row: {
          company_id: string
          created_at: string
          job_title: string | null
          role: string
          status: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at: string
          user_id: string
        }
        Insert: {
          company_id: string
          created_at?: string
          job_title?: string | null
          role?: string
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at?: string
          user_id: string
        }
        Update: {
          company_id?: string
          created_at?: string
          job_title?: string | null
          role?: string
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id?: string
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "company_staff_company_id_fkey"
            columns: ["company_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "companies"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "company_staff_role_fkey"
            columns: ["role"]
            isOneToOne: false
            referencedRelation: "roles"
            referencedColumns: ["key"]
          },
          {
            foreignKeyName: "company_staff_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      course_engagements: {
        Row: {
          completed_at: string | null
          course_id: string
          created_at: string
          id: string
          module_id: string
          response: Json | null
          tenant_id: string
          updated_at: string
          user_id: string
        }
        Insert: {
          completed_at?: string | null
          course_id: string
          created_at?: string
          id?: string
          module_id: string
          response?: Json | null
          tenant_id: string
          updated_at?: string
          user_id: string
        }
        Update: {
          completed_at?: string | null
          course_id?: string
          created_at?: string
          id?: string
          module_id?: string
          response?: Json | null
          tenant_id?: string
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "course_engagements_course_id_fkey"
            columns: ["course_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "courses"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "course_engagements_module_id_fkey"
            columns: ["module_id", "course_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "course_modules"
            referencedColumns: ["id", "course_id", "tenant_id"]
          },
          {
            foreignKeyName: "course_engagements_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "course_engagements_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      course_modules: {
        Row: {
          content: NonNullable<Json>
          course_id: string
          created_at: string
          id: string
          is_required: boolean
          order_index: number
          page_id: string
          provider_id: string
          tenant_id: string
          title: string | null
          type: string
          updated_at: string
        }
        Insert: {
          content?: NonNullable<Json>
          course_id: string
          created_at?: string
          id?: string
          is_required?: boolean
          order_index?: number
          page_id: string
          provider_id: string
          tenant_id: string
          title?: string | null
          type: string
          updated_at?: string
        }
        Update: {
          content?: NonNullable<Json>
          course_id?: string
          created_at?: string
          id?: string
          is_required?: boolean
          order_index?: number
          page_id?: string
          provider_id?: string
          tenant_id?: string
          title?: string | null
          type?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "course_modules_course_id_fkey"
            columns: ["course_id", "provider_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "courses"
            referencedColumns: ["id", "provider_id", "tenant_id"]
          },
          {
            foreignKeyName: "course_modules_page_id_fkey"
            columns: ["page_id", "course_id", "provider_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "course_pages"
            referencedColumns: ["id", "course_id", "provider_id", "tenant_id"]
          },
          {
            foreignKeyName: "course_modules_provider_id_fkey"
            columns: ["provider_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "providers"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "course_modules_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      course_pages: {
        Row: {
          course_id: string
          created_at: string
          id: string
          order_index: number
          parent_page_id: string | null
          path: string
          provider_id: string
          required_completion_module_ids: string[]
          tenant_id: string
          title: string
          updated_at: string
        }
        Insert: {
          course_id: string
          created_at?: string
          id?: string
          order_index?: number
          parent_page_id?: string | null
          path: string
          provider_id: string
          required_completion_module_ids?: string[]
          tenant_id: string
          title: string
          updated_at?: string
        }
        Update: {
          course_id?: string
          created_at?: string
          id?: string
          order_index?: number
          parent_page_id?: string | null
          path?: string
          provider_id?: string
          required_completion_module_ids?: string[]
          tenant_id?: string
          title?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "course_pages_course_id_fkey"
            columns: ["course_id", "provider_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "courses"
            referencedColumns: ["id", "provider_id", "tenant_id"]
          },
          {
            foreignKeyName: "course_pages_parent_page_id_fkey"
            columns: ["parent_page_id"]
            isOneToOne: false
            referencedRelation: "course_pages"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "course_pages_provider_id_fkey"
            columns: ["provider_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "providers"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "course_pages_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      course_signups: {
        Row: {
          completed_at: string | null
          completed_modules: number
          course_id: string
          created_at: string
          id: string
          progress_percent: number
          started_at: string | null
          status: Database["public"]["Enums"]["signup_status"]
          tenant_id: string
          updated_at: string
          user_id: string
        }
        Insert: {
          completed_at?: string | null
          completed_modules?: number
          course_id: string
          created_at?: string
          id?: string
          progress_percent?: number
          started_at?: string | null
          status?: Database["public"]["Enums"]["signup_status"]
          tenant_id: string
          updated_at?: string
          user_id: string
        }
        Update: {
          completed_at?: string | null
          completed_modules?: number
          course_id?: string
          created_at?: string
          id?: string
          progress_percent?: number
          started_at?: string | null
          status?: Database["public"]["Enums"]["signup_status"]
          tenant_id?: string
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "course_signups_course_id_fkey"
            columns: ["course_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "courses"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "course_signups_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "course_signups_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      courses: {
        Row: {
          created_at: string
          description: string | null
          estimated_minutes: number | null
          id: string
          module_count: number
          order_index: number
          programme_id: string
          provider_id: string
          published_at: string | null
          status: Database["public"]["Enums"]["content_status"]
          tenant_id: string
          title: string
          unlocks_at: string | null
          updated_at: string
        }
        Insert: {
          created_at?: string
          description?: string | null
          estimated_minutes?: number | null
          id?: string
          module_count?: number
          order_index?: number
          programme_id: string
          provider_id: string
          published_at?: string | null
          status?: Database["public"]["Enums"]["content_status"]
          tenant_id: string
          title: string
          unlocks_at?: string | null
          updated_at?: string
        }
        Update: {
          created_at?: string
          description?: string | null
          estimated_minutes?: number | null
          id?: string
          module_count?: number
          order_index?: number
          programme_id?: string
          provider_id?: string
          published_at?: string | null
          status?: Database["public"]["Enums"]["content_status"]
          tenant_id?: string
          title?: string
          unlocks_at?: string | null
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "courses_programme_id_fkey"
            columns: ["programme_id", "provider_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "programmes"
            referencedColumns: ["id", "provider_id", "tenant_id"]
          },
          {
            foreignKeyName: "courses_provider_id_fkey"
            columns: ["provider_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "providers"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "courses_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      embeddings: {
        Row: {
          content_id: string
          content_type: string
          created_at: string
          embedding: string
          id: string
          input_hash: string
          model: string
          tenant_id: string
          updated_at: string
        }
        Insert: {
          content_id: string
          content_type: string
          created_at?: string
          embedding: string
          id?: string
          input_hash: string
          model?: string
          tenant_id: string
          updated_at?: string
        }
        Update: {
          content_id?: string
          content_type?: string
          created_at?: string
          embedding?: string
          id?: string
          input_hash?: string
          model?: string
          tenant_id?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "embeddings_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      event_outbox: {
        Row: {
          attempts: number
          created_at: string
          dead_at: string | null
          id: string
          last_error: string | null
          lease_token: string | null
          max_attempts: number
          next_attempt_at: string
          payload: NonNullable<Json>
          published_at: string | null
          tenant_id: string | null
          topic: string
        }
        Insert: {
          attempts?: number
          created_at?: string
          dead_at?: string | null
          id?: string
          last_error?: string | null
          lease_token?: string | null
          max_attempts?: number
          next_attempt_at?: string
          payload?: NonNullable<Json>
          published_at?: string | null
          tenant_id?: string | null
          topic: string
        }
        Update: {
          attempts?: number
          created_at?: string
          dead_at?: string | null
          id?: string
          last_error?: string | null
          lease_token?: string | null
          max_attempts?: number
          next_attempt_at?: string
          payload?: NonNullable<Json>
          published_at?: string | null
          tenant_id?: string | null
          topic?: string
        }
        Relationships: [
          {
            foreignKeyName: "event_outbox_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      event_signups: {
        Row: {
          attendance_confirmed_at: string | null
          attendance_mode: string
          attended: boolean
          created_at: string
          event_id: string
          id: string
          status: Database["public"]["Enums"]["signup_status"]
          tenant_id: string
          updated_at: string
          user_id: string
        }
        Insert: {
          attendance_confirmed_at?: string | null
          attendance_mode?: string
          attended?: boolean
          created_at?: string
          event_id: string
          id?: string
          status?: Database["public"]["Enums"]["signup_status"]
          tenant_id: string
          updated_at?: string
          user_id: string
        }
        Update: {
          attendance_confirmed_at?: string | null
          attendance_mode?: string
          attended?: boolean
          created_at?: string
          event_id?: string
          id?: string
          status?: Database["public"]["Enums"]["signup_status"]
          tenant_id?: string
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "event_signups_event_id_fkey"
            columns: ["event_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "events"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "event_signups_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_signups_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      events: {
        Row: {
          capacity: number | null
          cohort_id: string | null
          created_at: string
          description: string | null
          ends_at: string
          event_type: string
          id: string
          online_url: string | null
          place_id: string | null
          programme_id: string | null
          provider_id: string
          published_at: string | null
          starts_at: string
          status: Database["public"]["Enums"]["content_status"]
          tenant_id: string
          timezone: string
          title: string
          updated_at: string
        }
        Insert: {
          capacity?: number | null
          cohort_id?: string | null
          created_at?: string
          description?: string | null
          ends_at: string
          event_type?: string
          id?: string
          online_url?: string | null
          place_id?: string | null
          programme_id?: string | null
          provider_id: string
          published_at?: string | null
          starts_at: string
          status?: Database["public"]["Enums"]["content_status"]
          tenant_id: string
          timezone?: string
          title: string
          updated_at?: string
        }
        Update: {
          capacity?: number | null
          cohort_id?: string | null
          created_at?: string
          description?: string | null
          ends_at?: string
          event_type?: string
          id?: string
          online_url?: string | null
          place_id?: string | null
          programme_id?: string | null
          provider_id?: string
          published_at?: string | null
          starts_at?: string
          status?: Database["public"]["Enums"]["content_status"]
          tenant_id?: string
          timezone?: string
          title?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "events_cohort_id_fkey"
            columns: ["cohort_id", "programme_id"]
            isOneToOne: false
            referencedRelation: "cohorts"
            referencedColumns: ["id", "programme_id"]
          },
          {
            foreignKeyName: "events_place_id_fkey"
            columns: ["place_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "places"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "events_programme_id_fkey"
            columns: ["programme_id", "provider_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "programmes"
            referencedColumns: ["id", "provider_id", "tenant_id"]
          },
          {
            foreignKeyName: "events_provider_id_fkey"
            columns: ["provider_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "providers"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "events_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      impersonation_logs: {
        Row: {
          action: string
          actor_id: string
          created_at: string
          id: string
          metadata: NonNullable<Json>
          reason: string | null
          target_user_id: string
          tenant_id: string | null
        }
        Insert: {
          action: string
          actor_id: string
          created_at?: string
          id?: string
          metadata?: NonNullable<Json>
          reason?: string | null
          target_user_id: string
          tenant_id?: string | null
        }
        Update: {
          action?: string
          actor_id?: string
          created_at?: string
          id?: string
          metadata?: NonNullable<Json>
          reason?: string | null
          target_user_id?: string
          tenant_id?: string | null
        }
        Relationships: []
      }
      mentor_availabilities: {
        Row: {
          created_at: string
          day_of_week: number | null
          ends_at_time: string
          id: string
          mentor_id: string
          specific_date: string | null
          starts_at_time: string
          tenant_id: string
          timezone: string
          updated_at: string
        }
        Insert: {
          created_at?: string
          day_of_week?: number | null
          ends_at_time: string
          id?: string
          mentor_id: string
          specific_date?: string | null
          starts_at_time: string
          tenant_id: string
          timezone?: string
          updated_at?: string
        }
        Update: {
          created_at?: string
          day_of_week?: number | null
          ends_at_time?: string
          id?: string
          mentor_id?: string
          specific_date?: string | null
          starts_at_time?: string
          tenant_id?: string
          timezone?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "mentor_availabilities_mentor_id_fkey"
            columns: ["mentor_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "mentors"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "mentor_availabilities_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      mentor_credits: {
        Row: {
          company_id: string
          created_at: string
          credits_granted: number
          credits_remaining: number | null
          credits_used: number
          expires_at: string | null
          id: string
          programme_id: string
          status: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at: string
          valid_from: string
        }
        Insert: {
          company_id: string
          created_at?: string
          credits_granted: number
          credits_remaining?: never
          credits_used?: number
          expires_at?: string | null
          id?: string
          programme_id: string
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at?: string
          valid_from?: string
        }
        Update: {
          company_id?: string
          created_at?: string
          credits_granted?: number
          credits_remaining?: never
          credits_used?: number
          expires_at?: string | null
          id?: string
          programme_id?: string
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id?: string
          updated_at?: string
          valid_from?: string
        }
        Relationships: [
          {
            foreignKeyName: "mentor_credits_company_id_fkey"
            columns: ["company_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "companies"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "mentor_credits_programme_id_fkey"
            columns: ["programme_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "programmes"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "mentor_credits_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      mentor_pairings: {
        Row: {
          company_id: string
          created_at: string
          ended_on: string | null
          id: string
          mentor_id: string
          notes: string | null
          programme_id: string | null
          started_on: string
          status: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at: string
        }
        Insert: {
          company_id: string
          created_at?: string
          ended_on?: string | null
          id?: string
          mentor_id: string
          notes?: string | null
          programme_id?: string | null
          started_on?: string
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at?: string
        }
        Update: {
          company_id?: string
          created_at?: string
          ended_on?: string | null
          id?: string
          mentor_id?: string
          notes?: string | null
          programme_id?: string | null
          started_on?: string
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "mentor_pairings_company_id_fkey"
            columns: ["company_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "companies"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "mentor_pairings_mentor_id_fkey"
            columns: ["mentor_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "mentors"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "mentor_pairings_programme_id_fkey"
            columns: ["programme_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "programmes"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "mentor_pairings_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      mentor_programmes: {
        Row: {
          contract_reference: string | null
          created_at: string
          hourly_rate: number | null
          mentor_id: string
          programme_id: string
          provider_id: string
          rate_currency: string
          status: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at: string
        }
        Insert: {
          contract_reference?: string | null
          created_at?: string
          hourly_rate?: number | null
          mentor_id: string
          programme_id: string
          provider_id: string
          rate_currency?: string
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at?: string
        }
        Update: {
          contract_reference?: string | null
          created_at?: string
          hourly_rate?: number | null
          mentor_id?: string
          programme_id?: string
          provider_id?: string
          rate_currency?: string
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "mentor_programmes_mentor_id_fkey"
            columns: ["mentor_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "mentors"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "mentor_programmes_programme_id_fkey"
            columns: ["programme_id", "provider_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "programmes"
            referencedColumns: ["id", "provider_id", "tenant_id"]
          },
        ]
      }
      mentor_session_signups: {
        Row: {
          created_at: string
          role: string
          session_id: string
          tenant_id: string
          user_id: string
        }
        Insert: {
          created_at?: string
          role?: string
          session_id: string
          tenant_id: string
          user_id: string
        }
        Update: {
          created_at?: string
          role?: string
          session_id?: string
          tenant_id?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "mentor_session_signups_session_id_fkey"
            columns: ["session_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "mentor_sessions"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "mentor_session_signups_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      mentor_sessions: {
        Row: {
          booked_by: string | null
          cancelled_at: string | null
          created_at: string
          credit_id: string | null
          credits_consumed: number
          ends_at: string
          external_calendar_id: string | null
          id: string
          meeting_url: string | null
          mentor_id: string
          notes: string | null
          starts_at: string
          status: Database["public"]["Enums"]["booking_status"]
          tenant_id: string
          updated_at: string
        }
        Insert: {
          booked_by?: string | null
          cancelled_at?: string | null
          created_at?: string
          credit_id?: string | null
          credits_consumed?: number
          ends_at: string
          external_calendar_id?: string | null
          id?: string
          meeting_url?: string | null
          mentor_id: string
          notes?: string | null
          starts_at: string
          status?: Database["public"]["Enums"]["booking_status"]
          tenant_id: string
          updated_at?: string
        }
        Update: {
          booked_by?: string | null
          cancelled_at?: string | null
          created_at?: string
          credit_id?: string | null
          credits_consumed?: number
          ends_at?: string
          external_calendar_id?: string | null
          id?: string
          meeting_url?: string | null
          mentor_id?: string
          notes?: string | null
          starts_at?: string
          status?: Database["public"]["Enums"]["booking_status"]
          tenant_id?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "mentor_sessions_booked_by_fkey"
            columns: ["booked_by"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "mentor_sessions_credit_id_fkey"
            columns: ["credit_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "mentor_credits"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "mentor_sessions_mentor_id_fkey"
            columns: ["mentor_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "mentors"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "mentor_sessions_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      mentors: {
        Row: {
          bio: string | null
          created_at: string
          expertise_areas: string[]
          headline: string | null
          id: string
          industries: string[]
          linkedin_url: string | null
          status: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at: string
          user_id: string
        }
        Insert: {
          bio?: string | null
          created_at?: string
          expertise_areas?: string[]
          headline?: string | null
          id?: string
          industries?: string[]
          linkedin_url?: string | null
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at?: string
          user_id: string
        }
        Update: {
          bio?: string | null
          created_at?: string
          expertise_areas?: string[]
          headline?: string | null
          id?: string
          industries?: string[]
          linkedin_url?: string | null
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id?: string
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "mentors_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "mentors_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: true
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      notifications: {
        Row: {
          action_url: string | null
          body: string | null
          created_at: string
          id: string
          read_at: string | null
          source_id: string | null
          source_type: string | null
          tenant_id: string
          title: string
          type: string
          user_id: string
        }
        Insert: {
          action_url?: string | null
          body?: string | null
          created_at?: string
          id?: string
          read_at?: string | null
          source_id?: string | null
          source_type?: string | null
          tenant_id: string
          title: string
          type: string
          user_id: string
        }
        Update: {
          action_url?: string | null
          body?: string | null
          created_at?: string
          id?: string
          read_at?: string | null
          source_id?: string | null
          source_type?: string | null
          tenant_id?: string
          title?: string
          type?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "notifications_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "notifications_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      places: {
        Row: {
          accessibility_notes: string | null
          address_line1: string | null
          address_line2: string | null
          capacity: number | null
          city: string | null
          created_at: string
          id: string
          latitude: number | null
          longitude: number | null
          name: string
          postcode: string | null
          tenant_id: string
          updated_at: string
        }
        Insert: {
          accessibility_notes?: string | null
          address_line1?: string | null
          address_line2?: string | null
          capacity?: number | null
          city?: string | null
          created_at?: string
          id?: string
          latitude?: number | null
          longitude?: number | null
          name: string
          postcode?: string | null
          tenant_id: string
          updated_at?: string
        }
        Update: {
          accessibility_notes?: string | null
          address_line1?: string | null
          address_line2?: string | null
          capacity?: number | null
          city?: string | null
          created_at?: string
          id?: string
          latitude?: number | null
          longitude?: number | null
          name?: string
          postcode?: string | null
          tenant_id?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "places_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      postcodes: {
        Row: {
          admin_district: string | null
          constituencies: string[]
          created_at: string
          id: string
          latitude: number | null
          longitude: number | null
          postcode: string
          region: string | null
          updated_at: string
        }
        Insert: {
          admin_district?: string | null
          constituencies?: string[]
          created_at?: string
          id?: string
          latitude?: number | null
          longitude?: number | null
          postcode: string
          region?: string | null
          updated_at?: string
        }
        Update: {
          admin_district?: string | null
          constituencies?: string[]
          created_at?: string
          id?: string
          latitude?: number | null
          longitude?: number | null
          postcode?: string
          region?: string | null
          updated_at?: string
        }
        Relationships: []
      }
      programme_signups: {
        Row: {
          application: NonNullable<Json>
          applied_at: string
          applied_by: string | null
          cohort_id: string | null
          company_id: string
          created_at: string
          enrolled_at: string | null
          id: string
          programme_id: string
          reviewed_at: string | null
          reviewed_by: string | null
          status: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at: string
        }
        Insert: {
          application?: NonNullable<Json>
          applied_at?: string
          applied_by?: string | null
          cohort_id?: string | null
          company_id: string
          created_at?: string
          enrolled_at?: string | null
          id?: string
          programme_id: string
          reviewed_at?: string | null
          reviewed_by?: string | null
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at?: string
        }
        Update: {
          application?: NonNullable<Json>
          applied_at?: string
          applied_by?: string | null
          cohort_id?: string | null
          company_id?: string
          created_at?: string
          enrolled_at?: string | null
          id?: string
          programme_id?: string
          reviewed_at?: string | null
          reviewed_by?: string | null
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "programme_signups_applied_by_fkey"
            columns: ["applied_by"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "programme_signups_cohort_id_fkey"
            columns: ["cohort_id", "programme_id"]
            isOneToOne: false
            referencedRelation: "cohorts"
            referencedColumns: ["id", "programme_id"]
          },
          {
            foreignKeyName: "programme_signups_company_id_fkey"
            columns: ["company_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "companies"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "programme_signups_programme_id_fkey"
            columns: ["programme_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "programmes"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "programme_signups_reviewed_by_fkey"
            columns: ["reviewed_by"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "programme_signups_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      programmes: {
        Row: {
          created_at: string
          created_by: string | null
          delivery_mode: string
          description: string | null
          id: string
          image_url: string | null
          provider_id: string
          published_at: string | null
          status: Database["public"]["Enums"]["content_status"]
          summary: string | null
          tenant_id: string
          title: string
          updated_at: string
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          delivery_mode?: string
          description?: string | null
          id?: string
          image_url?: string | null
          provider_id: string
          published_at?: string | null
          status?: Database["public"]["Enums"]["content_status"]
          summary?: string | null
          tenant_id: string
          title: string
          updated_at?: string
        }
        Update: {
          created_at?: string
          created_by?: string | null
          delivery_mode?: string
          description?: string | null
          id?: string
          image_url?: string | null
          provider_id?: string
          published_at?: string | null
          status?: Database["public"]["Enums"]["content_status"]
          summary?: string | null
          tenant_id?: string
          title?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "programmes_created_by_fkey"
            columns: ["created_by"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "programmes_provider_id_fkey"
            columns: ["provider_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "providers"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "programmes_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      provider_summaries: {
        Row: {
          activity_count: number
          computed_at: string
          course_completions: number
          course_signups: number
          date: string
          enrolments: number
          event_attendance: number
          event_signups: number
          id: string
          mentor_sessions: number
          metrics: NonNullable<Json>
          programme_signups: number
          provider_id: string
          tenant_id: string
        }
        Insert: {
          activity_count?: number
          computed_at?: string
          course_completions?: number
          course_signups?: number
          date: string
          enrolments?: number
          event_attendance?: number
          event_signups?: number
          id?: string
          mentor_sessions?: number
          metrics?: NonNullable<Json>
          programme_signups?: number
          provider_id: string
          tenant_id: string
        }
        Update: {
          activity_count?: number
          computed_at?: string
          course_completions?: number
          course_signups?: number
          date?: string
          enrolments?: number
          event_attendance?: number
          event_signups?: number
          id?: string
          mentor_sessions?: number
          metrics?: NonNullable<Json>
          programme_signups?: number
          provider_id?: string
          tenant_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "provider_summaries_provider_id_fkey"
            columns: ["provider_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "providers"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "provider_summaries_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      providers: {
        Row: {
          created_at: string
          description: string | null
          id: string
          is_platform_operator: boolean
          logo_url: string | null
          name: string
          slug: string
          status: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at: string
          website_url: string | null
        }
        Insert: {
          created_at?: string
          description?: string | null
          id?: string
          is_platform_operator?: boolean
          logo_url?: string | null
          name: string
          slug: string
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at?: string
          website_url?: string | null
        }
        Update: {
          created_at?: string
          description?: string | null
          id?: string
          is_platform_operator?: boolean
          logo_url?: string | null
          name?: string
          slug?: string
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id?: string
          updated_at?: string
          website_url?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "providers_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      providers_staff: {
        Row: {
          accepted_at: string | null
          created_at: string
          invited_at: string | null
          invited_by: string | null
          provider_id: string
          role: string
          tenant_id: string
          updated_at: string
          user_id: string
        }
        Insert: {
          accepted_at?: string | null
          created_at?: string
          invited_at?: string | null
          invited_by?: string | null
          provider_id: string
          role?: string
          tenant_id: string
          updated_at?: string
          user_id: string
        }
        Update: {
          accepted_at?: string | null
          created_at?: string
          invited_at?: string | null
          invited_by?: string | null
          provider_id?: string
          role?: string
          tenant_id?: string
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "providers_staff_invited_by_fkey"
            columns: ["invited_by"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "providers_staff_provider_id_fkey"
            columns: ["provider_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "providers"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "providers_staff_role_fkey"
            columns: ["role"]
            isOneToOne: false
            referencedRelation: "roles"
            referencedColumns: ["key"]
          },
          {
            foreignKeyName: "providers_staff_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      resources: {
        Row: {
          body: string | null
          created_at: string
          description: string | null
          id: string
          provider_id: string
          published_at: string | null
          resource_type: string
          status: Database["public"]["Enums"]["content_status"]
          tenant_id: string
          title: string
          updated_at: string
          url: string | null
        }
        Insert: {
          body?: string | null
          created_at?: string
          description?: string | null
          id?: string
          provider_id: string
          published_at?: string | null
          resource_type: string
          status?: Database["public"]["Enums"]["content_status"]
          tenant_id: string
          title: string
          updated_at?: string
          url?: string | null
        }
        Update: {
          body?: string | null
          created_at?: string
          description?: string | null
          id?: string
          provider_id?: string
          published_at?: string | null
          resource_type?: string
          status?: Database["public"]["Enums"]["content_status"]
          tenant_id?: string
          title?: string
          updated_at?: string
          url?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "resources_provider_id_fkey"
            columns: ["provider_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "providers"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "resources_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      roles: {
        Row: {
          description: string | null
          id: string
          key: string
          name: string
          rank: number
        }
        Insert: {
          description?: string | null
          id?: string
          key: string
          name: string
          rank: number
        }
        Update: {
          description?: string | null
          id?: string
          key?: string
          name?: string
          rank?: number
        }
        Relationships: []
      }
      tag_links: {
        Row: {
          created_at: string
          tag_id: string
          target_id: string
          target_type: string
          tenant_id: string
        }
        Insert: {
          created_at?: string
          tag_id: string
          target_id: string
          target_type: string
          tenant_id: string
        }
        Update: {
          created_at?: string
          tag_id?: string
          target_id?: string
          target_type?: string
          tenant_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "tag_links_tag_id_fkey"
            columns: ["tag_id", "tenant_id"]
            isOneToOne: false
            referencedRelation: "tags"
            referencedColumns: ["id", "tenant_id"]
          },
          {
            foreignKeyName: "tag_links_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      tags: {
        Row: {
          created_at: string
          description: string | null
          embedding: string | null
          id: string
          name: string
          tag_set: string | null
          tenant_id: string
          updated_at: string
        }
        Insert: {
          created_at?: string
          description?: string | null
          embedding?: string | null
          id?: string
          name: string
          tag_set?: string | null
          tenant_id: string
          updated_at?: string
        }
        Update: {
          created_at?: string
          description?: string | null
          embedding?: string | null
          id?: string
          name?: string
          tag_set?: string | null
          tenant_id?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "tags_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
        ]
      }
      tenant_users: {
        Row: {
          created_at: string
          role: string
          status: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at: string
          user_id: string
        }
        Insert: {
          created_at?: string
          role?: string
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id: string
          updated_at?: string
          user_id: string
        }
        Update: {
          created_at?: string
          role?: string
          status?: Database["public"]["Enums"]["entity_status"]
          tenant_id?: string
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "tenant_users_role_fkey"
            columns: ["role"]
            isOneToOne: false
            referencedRelation: "roles"
            referencedColumns: ["key"]
          },
          {
            foreignKeyName: "tenant_users_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tenant_users_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      tenants: {
        Row: {
          created_at: string
          id: string
          name: string
          settings: NonNullable<Json>
          slug: string
          status: Database["public"]["Enums"]["entity_status"]
          updated_at: string
        }
        Insert: {
          created_at?: string
          id?: string
          name: string
          settings?: NonNullable<Json>
          slug: string
          status?: Database["public"]["Enums"]["entity_status"]
          updated_at?: string
        }
        Update: {
          created_at?: string
          id?: string
          name?: string
          settings?: NonNullable<Json>
          slug?: string
          status?: Database["public"]["Enums"]["entity_status"]
          updated_at?: string
        }
        Relationships: []
      }
      user_embeddings: {
        Row: {
          computed_at: string
          created_at: string
          embedding: string
          id: string
          model: string
          tenant_id: string
          updated_at: string
          user_id: string
        }
        Insert: {
          computed_at?: string
          created_at?: string
          embedding: string
          id?: string
          model?: string
          tenant_id: string
          updated_at?: string
          user_id: string
        }
        Update: {
          computed_at?: string
          created_at?: string
          embedding?: string
          id?: string
          model?: string
          tenant_id?: string
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "user_embeddings_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "user_embeddings_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      user_preferences: {
        Row: {
          created_at: string
          id: string
          learning_style: string | null
          preferences: NonNullable<Json>
          tenant_id: string
          topics: string[]
          updated_at: string
          user_id: string
        }
        Insert: {
          created_at?: string
          id?: string
          learning_style?: string | null
          preferences?: NonNullable<Json>
          tenant_id: string
          topics?: string[]
          updated_at?: string
          user_id: string
        }
        Update: {
          created_at?: string
          id?: string
          learning_style?: string | null
          preferences?: NonNullable<Json>
          tenant_id?: string
          topics?: string[]
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "user_preferences_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "user_preferences_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      user_roles: {
        Row: {
          created_at: string
          granted_by: string | null
          role: string
          user_id: string
        }
        Insert: {
          created_at?: string
          granted_by?: string | null
          role: string
          user_id: string
        }
        Update: {
          created_at?: string
          granted_by?: string | null
          role?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "user_roles_granted_by_fkey"
            columns: ["granted_by"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "user_roles_role_fkey"
            columns: ["role"]
            isOneToOne: false
            referencedRelation: "roles"
            referencedColumns: ["key"]
          },
          {
            foreignKeyName: "user_roles_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      user_saved_items: {
        Row: {
          created_at: string
          id: string
          item_id: string
          item_type: string
          note: string | null
          tenant_id: string
          user_id: string
        }
        Insert: {
          created_at?: string
          id?: string
          item_id: string
          item_type: string
          note?: string | null
          tenant_id: string
          user_id: string
        }
        Update: {
          created_at?: string
          id?: string
          item_id?: string
          item_type?: string
          note?: string | null
          tenant_id?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "user_saved_items_tenant_id_fkey"
            columns: ["tenant_id"]
            isOneToOne: false
            referencedRelation: "tenants"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "user_saved_items_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "users"
            referencedColumns: ["id"]
          },
        ]
      }
      users: {
        Row: {
          avatar_url: string | null
          created_at: string
          email: string | null
          full_name: string | null
          id: string
          updated_at: string
        }
        Insert: {
          avatar_url?: string | null
          created_at?: string
          email?: string | null
          full_name?: string | null
          id: string
          updated_at?: string
        }
        Update: {
          avatar_url?: string | null
          created_at?: string
          email?: string | null
          full_name?: string | null
          id?: string
          updated_at?: string
        }
        Relationships: []
      }
    }
    Views: {
      [_ in never]: never
    }
    Functions: {
      accept_provider_invitation: {
        Args: { provider_id: string }
        Returns: undefined
      }
      for_you: {
        Args: {
          k?: number
          tags?: string[]
          tenant_id: string
          user_id: string
        }
        Returns: {
          content_id: string
          content_type: string
          reason: string
          score: number
          similarity: number
          strategy: string
          title: string
        }[]
      }
      start_impersonation: {
        Args: { reason: string; target_user_id: string; tenant_id?: string }
        Returns: string
      }
      stop_impersonation: { Args: { target_user_id: string }; Returns: string }
      unread_notification_count: {
        Args: Record<PropertyKey, never>
        Returns: number
      }
    }
    Enums: {
      booking_status: "pending" | "confirmed" | "cancelled" | "completed"
      content_status: "draft" | "published" | "archived"
      entity_status: "pending" | "active" | "suspended" | "archived"
      signup_status:
        | "pending"
        | "confirmed"
        | "cancelled"
        | "attended"
        | "no_show"
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends (DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never) = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never) = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  public: {
    Enums: {
      booking_status: ["pending", "confirmed", "cancelled", "completed"],
      content_status: ["draft", "published", "archived"],
      entity_status: ["pending", "active", "suspended", "archived"],
      signup_status: [
        "pending",
        "confirmed",
        "cancelled",
        "attended",
        "no_show",
      ],
    },
  },
} as const

