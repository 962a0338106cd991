-- Keycloak's own role and database next to the portal's (docker-compose.yml).
-- Mounted into /docker-entrypoint-initdb.d of postgres:15: runs once, when the data volume is
-- initialised, as POSTGRES_USER (ccm) in POSTGRES_DB (ccm). Later changes need a new volume or
-- manual SQL. The password comes from the container's CCM_KEYCLOAK_DB_PASSWORD (psql 15 \getenv),
-- so no secret is written here.
\set ON_ERROR_STOP on
\getenv keycloak_password CCM_KEYCLOAK_DB_PASSWORD

\if :{?keycloak_password}
\else
  DO $$ BEGIN RAISE EXCEPTION 'CCM_KEYCLOAK_DB_PASSWORD is not set in the postgres container'; END $$;
\endif

-- Keycloak gets its own unprivileged role that owns only its database
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8';
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;

-- and cannot connect to the portal's database
REVOKE ALL ON DATABASE ccm FROM PUBLIC;
