SELECT platform.create_range_partition($1, $2, $3::timestamptz, $4::timestamptz)
