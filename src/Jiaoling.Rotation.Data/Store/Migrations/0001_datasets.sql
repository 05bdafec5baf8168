-- Counties, accounts and immutable dataset versions.
-- Every top-level row carries its county (the namespace); child rows belong to a county through the
-- version they hang on. Rows an audit needs are append-only: a trigger refuses UPDATE and DELETE.

create function forbid_change() returns trigger language plpgsql as $$
begin
    raise exception 'table % is append-only: % refused', tg_table_name, tg_op
        using errcode = 'restrict_violation';
end;
$$;

create table counties (
    county      text primary key check (county ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
    name        text not null,
    created_at  timestamptz not null default now()
);

create table accounts (
    county        text not null references counties,
    login         text not null,
    display_name  text not null,
    role          text not null check (role in ('hr', 'principal', 'admin')),
    school_id     text,
    created_at    timestamptz not null default now(),
    primary key (county, login)
);

create table datasets (
    county      text not null references counties,
    name        text not null check (length(name) between 1 and 100),
    created_at  timestamptz not null default now(),
    primary key (county, name)
);

create table dataset_versions (
    id             bigint generated always as identity primary key,
    county         text not null,
    dataset_name   text not null,
    version        integer not null check (version >= 1),
    imported_at    timestamptz not null default now(),
    imported_by    text not null,
    source_folder  text not null,
    policy         json not null,   -- json, not jsonb: keeps key order, which orders derived demand
    demand_given   boolean not null,
    foreign key (county, dataset_name) references datasets,
    unique (county, dataset_name, version)
);

create table source_files (
    version_id  bigint not null references dataset_versions,
    file_name   text not null,
    sha256      text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    primary key (version_id, file_name)
);

create table schools (
    version_id              bigint not null references dataset_versions,
    ordinal                 integer not null,
    school_id               text not null,
    name                    text not null,
    town                    text not null,
    area                    text not null,
    level                   text not null,
    teaching_point          boolean not null,
    parent_school_id        text,
    weak                    boolean not null,
    boarding                boolean not null,
    primary_students        integer not null,
    primary_classes         integer not null,
    junior_students         integer not null,
    junior_classes          integer not null,
    special_needs_students  integer not null,
    staff_quota             integer,
    lat                     double precision not null,
    lon                     double precision not null,
    group_id                text,
    primary key (version_id, school_id)
);

create table teachers (
    version_id           bigint not null references dataset_versions,
    ordinal              integer not null,
    teacher_id           text not null,
    name                 text not null,
    id_number            text,
    gender               text not null,
    birth_date           date not null,
    retirement_date      date,
    school_id            text not null,
    stage                text not null,
    subject              text not null,
    other_subjects       text[] not null,
    title                text not null,
    backbone             text not null,
    education            text not null,
    staff_type           text not null,
    school_start_date    date not null,
    role                 text not null,
    role_start_date      date,
    exemption            text not null,
    spouse_id            text,
    willing              text not null,
    needs_rural_service  boolean not null,
    last_rotation_end    date,
    home_lat             double precision,
    home_lon             double precision,
    primary key (version_id, teacher_id),
    foreign key (version_id, school_id) references schools
);

create table demand (
    version_id    bigint not null references dataset_versions,
    ordinal       integer not null,
    school_id     text not null,
    stage         text not null,
    subject       text not null,
    required_fte  numeric(8, 1) not null check (required_fte >= 0),
    primary key (version_id, school_id, stage, subject),
    foreign key (version_id, school_id) references schools
);

create table distances (
    version_id      bigint not null references dataset_versions,
    ordinal         integer not null,
    from_school_id  text not null,
    to_school_id    text not null,
    km              double precision not null check (km >= 0),
    primary key (version_id, ordinal)
);

create table decisions (
    version_id  bigint not null references dataset_versions,
    ordinal     integer not null,
    teacher_id  text not null,
    decision    text not null check (decision in ('require', 'forbid', 'stay')),
    school_id   text,
    primary key (version_id, ordinal)
);

create trigger dataset_versions_append_only before update or delete on dataset_versions
    for each row execute function forbid_change();
create trigger source_files_append_only before update or delete on source_files
    for each row execute function forbid_change();
create trigger schools_append_only before update or delete on schools
    for each row execute function forbid_change();
create trigger teachers_append_only before update or delete on teachers
    for each row execute function forbid_change();
create trigger demand_append_only before update or delete on demand
    for each row execute function forbid_change();
create trigger distances_append_only before update or delete on distances
    for each row execute function forbid_change();
create trigger decisions_append_only before update or delete on decisions
    for each row execute function forbid_change();
