-- A teacher on a rotation works at the host school (school_id) while the post stays at the sending
-- school: post_school_id names it, null when the post is held where the teacher works. Rows imported
-- before this column existed keep null, which is what their datasets meant.
alter table teachers add column post_school_id text;
alter table teachers add foreign key (version_id, post_school_id) references schools;
