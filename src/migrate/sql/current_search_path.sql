SELECT pg_catalog.current_setting('search_path')
