-- The media module's own schema: no other module reads or writes its tables.
create schema if not exists media;
