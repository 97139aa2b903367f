--
-- PostgreSQL database dump
--

\restrict fEInu1QrqnYLcg7AAyf1JwB31ie85VId0FFmzxrvOoKLTavrPi631cZidubobzH

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: records; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA records;


--
-- Name: statistics; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA statistics;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: labour_permit; Type: TABLE; Schema: records; Owner: -
--

CREATE TABLE records.labour_permit (
    year bigint NOT NULL,
    source_file text NOT NULL,
    source_line bigint NOT NULL,
    fate text NOT NULL,
    reason text NOT NULL,
    permit_id text,
    issue_date text,
    valid_until text,
    employer_bin text,
    employer text,
    oked text,
    category text,
    citizenship text,
    workers bigint,
    status text
);


--
-- Name: labour_quota_row; Type: TABLE; Schema: records; Owner: -
--

CREATE TABLE records.labour_quota_row (
    year bigint NOT NULL,
    source_file text NOT NULL,
    source_line bigint NOT NULL,
    fate text NOT NULL,
    reason text NOT NULL,
    category text,
    quota bigint
);


--
-- Name: migration_slip; Type: TABLE; Schema: records; Owner: -
--

CREATE TABLE records.migration_slip (
    year bigint NOT NULL,
    source_file text NOT NULL,
    source_line bigint NOT NULL,
    fate text NOT NULL,
    reason text NOT NULL,
    slip_id text,
    kind text,
    event_date text,
    sex text,
    birth_year bigint,
    ethnicity text,
    citizenship text,
    partner_group text,
    partner text
);


--
-- Name: permits_by_employer; Type: VIEW; Schema: records; Owner: -
--

CREATE VIEW records.permits_by_employer AS
 SELECT labour_permit.year,
    labour_permit.employer_bin,
    max(labour_permit.employer) AS employer,
    count(*) AS permits,
    sum(labour_permit.workers) AS workers
   FROM records.labour_permit
  WHERE (labour_permit.fate = 'accepted'::text)
  GROUP BY labour_permit.year, labour_permit.employer_bin;


--
-- Name: police_registration; Type: TABLE; Schema: records; Owner: -
--

CREATE TABLE records.police_registration (
    year bigint NOT NULL,
    source_file text NOT NULL,
    source_line bigint NOT NULL,
    fate text NOT NULL,
    reason text NOT NULL,
    registration_id text,
    revision bigint,
    status text,
    person text,
    citizenship text,
    citizenship_group text,
    purpose text,
    arrival_date text,
    registered_date text,
    offences bigint,
    expulsions bigint
);


--
-- Name: population_row; Type: TABLE; Schema: records; Owner: -
--

CREATE TABLE records.population_row (
    year bigint NOT NULL,
    source_file text NOT NULL,
    source_line bigint NOT NULL,
    fate text NOT NULL,
    reason text NOT NULL,
    item text,
    date text,
    sex text,
    persons bigint,
    note text
);


--
-- Name: refugee_case; Type: TABLE; Schema: records; Owner: -
--

CREATE TABLE records.refugee_case (
    year bigint NOT NULL,
    source_file text NOT NULL,
    source_line bigint NOT NULL,
    fate text NOT NULL,
    reason text NOT NULL,
    case_id text,
    revision bigint,
    status text,
    applicant text,
    citizenship text,
    citizenship_group text,
    persons bigint,
    applied_date text,
    decision_date text,
    outcome text,
    ceased_date text,
    ceased_basis text
);


--
-- Name: refugee_register_case; Type: TABLE; Schema: records; Owner: -
--

CREATE TABLE records.refugee_register_case (
    year bigint NOT NULL,
    source_file text NOT NULL,
    source_line bigint NOT NULL,
    fate text NOT NULL,
    reason text NOT NULL,
    case_id text,
    revision bigint,
    status text,
    applicant text,
    citizenship text,
    citizenship_group text,
    persons bigint,
    applied_date text,
    decision_date text,
    outcome text,
    ceased_date text,
    ceased_basis text
);


--
-- Name: repatriate_family; Type: TABLE; Schema: records; Owner: -
--

CREATE TABLE records.repatriate_family (
    year bigint NOT NULL,
    source_file text NOT NULL,
    source_line bigint NOT NULL,
    fate text NOT NULL,
    reason text NOT NULL,
    family_id text,
    arrival_date text,
    basis text,
    origin text,
    persons bigint,
    pay_benefit bigint,
    pay_transport bigint,
    pay_housing bigint,
    pay_adaptation bigint
);


--
-- Name: vital_row; Type: TABLE; Schema: records; Owner: -
--

CREATE TABLE records.vital_row (
    year bigint NOT NULL,
    source_file text NOT NULL,
    source_line bigint NOT NULL,
    fate text NOT NULL,
    reason text NOT NULL,
    month text,
    sex text,
    births bigint,
    deaths bigint
);


--
-- Name: rejects_by_reason; Type: VIEW; Schema: records; Owner: -
--

CREATE VIEW records.rejects_by_reason AS
 SELECT migration_slip.year,
    'migration-slips'::text AS feed,
    migration_slip.source_file,
    migration_slip.reason,
    count(*) AS records
   FROM records.migration_slip
  WHERE (migration_slip.fate = 'rejected'::text)
  GROUP BY migration_slip.year, migration_slip.source_file, migration_slip.reason
UNION ALL
 SELECT police_registration.year,
    'police-registrations'::text AS feed,
    police_registration.source_file,
    police_registration.reason,
    count(*) AS records
   FROM records.police_registration
  WHERE (police_registration.fate = 'rejected'::text)
  GROUP BY police_registration.year, police_registration.source_file, police_registration.reason
UNION ALL
 SELECT labour_quota_row.year,
    'labour-quotas'::text AS feed,
    labour_quota_row.source_file,
    labour_quota_row.reason,
    count(*) AS records
   FROM records.labour_quota_row
  WHERE (labour_quota_row.fate = 'rejected'::text)
  GROUP BY labour_quota_row.year, labour_quota_row.source_file, labour_quota_row.reason
UNION ALL
 SELECT labour_permit.year,
    'labour-quotas'::text AS feed,
    labour_permit.source_file,
    labour_permit.reason,
    count(*) AS records
   FROM records.labour_permit
  WHERE (labour_permit.fate = 'rejected'::text)
  GROUP BY labour_permit.year, labour_permit.source_file, labour_permit.reason
UNION ALL
 SELECT repatriate_family.year,
    'repatriates'::text AS feed,
    repatriate_family.source_file,
    repatriate_family.reason,
    count(*) AS records
   FROM records.repatriate_family
  WHERE (repatriate_family.fate = 'rejected'::text)
  GROUP BY repatriate_family.year, repatriate_family.source_file, repatriate_family.reason
UNION ALL
 SELECT refugee_case.year,
    'refugees'::text AS feed,
    refugee_case.source_file,
    refugee_case.reason,
    count(*) AS records
   FROM records.refugee_case
  WHERE (refugee_case.fate = 'rejected'::text)
  GROUP BY refugee_case.year, refugee_case.source_file, refugee_case.reason
UNION ALL
 SELECT refugee_register_case.year,
    'refugees'::text AS feed,
    refugee_register_case.source_file,
    refugee_register_case.reason,
    count(*) AS records
   FROM records.refugee_register_case
  WHERE (refugee_register_case.fate = 'rejected'::text)
  GROUP BY refugee_register_case.year, refugee_register_case.source_file, refugee_register_case.reason
UNION ALL
 SELECT population_row.year,
    'population'::text AS feed,
    population_row.source_file,
    population_row.reason,
    count(*) AS records
   FROM records.population_row
  WHERE (population_row.fate = 'rejected'::text)
  GROUP BY population_row.year, population_row.source_file, population_row.reason
UNION ALL
 SELECT vital_row.year,
    'population'::text AS feed,
    vital_row.source_file,
    vital_row.reason,
    count(*) AS records
   FROM records.vital_row
  WHERE (vital_row.fate = 'rejected'::text)
  GROUP BY vital_row.year, vital_row.source_file, vital_row.reason;


--
-- Name: foreign_registrations; Type: TABLE; Schema: statistics; Owner: -
--

CREATE TABLE statistics.foreign_registrations (
    ref_area text NOT NULL,
    time_period bigint NOT NULL,
    measure text NOT NULL,
    citizenship_group text NOT NULL,
    citizenship text NOT NULL,
    purpose text NOT NULL,
    obs_value numeric,
    obs_status text,
    coverage bigint
);


--
-- Name: foreign_citizens_by_purpose; Type: VIEW; Schema: statistics; Owner: -
--

CREATE VIEW statistics.foreign_citizens_by_purpose AS
 SELECT foreign_registrations.time_period AS year,
    foreign_registrations.purpose,
    foreign_registrations.obs_value AS registrations
   FROM statistics.foreign_registrations
  WHERE ((foreign_registrations.measure = 'REGISTRATIONS'::text) AND (foreign_registrations.citizenship_group = 'TOTAL'::text) AND (foreign_registrations.citizenship = '_T'::text) AND (foreign_registrations.purpose <> '_T'::text));


--
-- Name: input_file; Type: TABLE; Schema: statistics; Owner: -
--

CREATE TABLE statistics.input_file (
    year bigint NOT NULL,
    feed text NOT NULL,
    path text NOT NULL,
    sha256 text,
    status text NOT NULL,
    records bigint,
    error text
);


--
-- Name: labour_quota; Type: TABLE; Schema: statistics; Owner: -
--

CREATE TABLE statistics.labour_quota (
    ref_area text NOT NULL,
    time_period bigint NOT NULL,
    measure text NOT NULL,
    category text NOT NULL,
    citizenship text NOT NULL,
    obs_value numeric,
    unit_measure text,
    obs_status text,
    coverage bigint
);


--
-- Name: migration_flows; Type: TABLE; Schema: statistics; Owner: -
--

CREATE TABLE statistics.migration_flows (
    ref_area text NOT NULL,
    time_period bigint NOT NULL,
    flow text NOT NULL,
    partner_group text NOT NULL,
    partner text NOT NULL,
    ethnicity text NOT NULL,
    obs_value numeric,
    obs_status text,
    coverage bigint
);


--
-- Name: population; Type: TABLE; Schema: statistics; Owner: -
--

CREATE TABLE statistics.population (
    ref_area text NOT NULL,
    time_period bigint NOT NULL,
    measure text NOT NULL,
    sex text NOT NULL,
    obs_value numeric,
    obs_status text,
    coverage bigint
);


--
-- Name: quality_check; Type: TABLE; Schema: statistics; Owner: -
--

CREATE TABLE statistics.quality_check (
    year bigint NOT NULL,
    name text NOT NULL,
    passed boolean NOT NULL
);


--
-- Name: record_fates; Type: TABLE; Schema: statistics; Owner: -
--

CREATE TABLE statistics.record_fates (
    year bigint NOT NULL,
    feed text NOT NULL,
    fate text NOT NULL,
    reason text NOT NULL,
    records bigint NOT NULL
);


--
-- Name: refugees; Type: TABLE; Schema: statistics; Owner: -
--

CREATE TABLE statistics.refugees (
    ref_area text NOT NULL,
    time_period bigint NOT NULL,
    measure text NOT NULL,
    citizenship_group text NOT NULL,
    citizenship text NOT NULL,
    obs_value numeric,
    unit_measure text,
    obs_status text,
    coverage bigint
);


--
-- Name: repatriates; Type: TABLE; Schema: statistics; Owner: -
--

CREATE TABLE statistics.repatriates (
    ref_area text NOT NULL,
    time_period bigint NOT NULL,
    measure text NOT NULL,
    basis text NOT NULL,
    origin text NOT NULL,
    obs_value numeric,
    unit_measure text,
    obs_status text,
    coverage bigint
);


--
-- Name: run; Type: TABLE; Schema: statistics; Owner: -
--

CREATE TABLE statistics.run (
    id bigint NOT NULL,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    migstat_version text NOT NULL,
    years text NOT NULL,
    exit_status integer
);


--
-- Name: run_id_seq; Type: SEQUENCE; Schema: statistics; Owner: -
--

ALTER TABLE statistics.run ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME statistics.run_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: schema_info; Type: TABLE; Schema: statistics; Owner: -
--

CREATE TABLE statistics.schema_info (
    version bigint NOT NULL
);


--
-- Name: slips_by_month; Type: TABLE; Schema: statistics; Owner: -
--

CREATE TABLE statistics.slips_by_month (
    year bigint NOT NULL,
    month bigint NOT NULL,
    arrivals bigint NOT NULL,
    departures bigint NOT NULL
);


--
-- Name: table1; Type: VIEW; Schema: statistics; Owner: -
--

CREATE VIEW statistics.table1 AS
 SELECT migration_flows.time_period AS year,
    migration_flows.partner_group,
    max(
        CASE
            WHEN (migration_flows.flow = 'ARR'::text) THEN migration_flows.obs_value
            ELSE NULL::numeric
        END) AS arrivals,
    max(
        CASE
            WHEN (migration_flows.flow = 'DEP'::text) THEN migration_flows.obs_value
            ELSE NULL::numeric
        END) AS departures,
    max(
        CASE
            WHEN (migration_flows.flow = 'NET'::text) THEN migration_flows.obs_value
            ELSE NULL::numeric
        END) AS balance,
    max(migration_flows.obs_status) AS obs_status,
    max(migration_flows.coverage) AS coverage
   FROM statistics.migration_flows
  WHERE ((migration_flows.partner = '_T'::text) AND (migration_flows.ethnicity = '_T'::text) AND (migration_flows.partner_group = ANY (ARRAY['TOTAL'::text, 'FAR_ABROAD'::text, 'CIS'::text, 'KZ_REGIONS'::text, 'NOT_STATED'::text])))
  GROUP BY migration_flows.time_period, migration_flows.partner_group;


--
-- Name: year_state; Type: TABLE; Schema: statistics; Owner: -
--

CREATE TABLE statistics.year_state (
    year bigint NOT NULL,
    status text NOT NULL,
    loaded_at timestamp with time zone NOT NULL,
    manifest_sha256 text NOT NULL
);


--
-- Data for Name: labour_permit; Type: TABLE DATA; Schema: records; Owner: -
--

INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 4, 'rejected', 'invalid BIN', 'AST-2003-00071', '25.01.2003', '24.01.2004', '950340001635', 'ТОО "Italiana Costruzioni KZ"', '43210', 'I', 'Туркия', 2, 'выдано');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 8, 'rejected', 'unknown category', 'AST-2003-00079', '09.01.2003', '08.01.2004', '001140832311', 'ТОО "Сарыарка Инвест"', '55101', 'V', '792', 5, 'берілді');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 14, 'rejected', 'outside reporting year', 'AST-2003-00083', '08.12.2002', '11.05.2004', '981140826290', 'ТОО "Бірлік"', '71121', 'II', 'TUR', 6, 'выдано');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 3, 'rejected', 'impossible date', 'AST-2003-00082', '31.11.2003', '21.06.2004', '950940291759', 'ТОО "Астана Курылыс"', '41200', 'II', 'China', 8, 'берілді');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 9, 'rejected', 'invalid BIN', 'AST-2003-00072', '28.04.2003', '26.04.2004', '020440267127', 'ТОО "Ак Орда Сервис"', '41200', 'I', 'Кытай', 7, 'берілді');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 11, 'rejected', 'impossible date', 'AST-2003-00081', '29.02.2003', '05.06.2004', '981140826290', 'ТОО "Бірлік"', '71121', 'III', 'Китай', 5, 'выдано');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 19, 'rejected', 'missing permit number', '', '25.06.2003', '23.06.2004', '981140826290', 'ТОО "Бірлік"', '71121', 'II', 'Кытай', 3, 'выдано');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 24, 'rejected', 'missing permit number', '', '04.06.2003', '02.06.2004', '020440267120', 'ТОО "Ак Орда Сервис"', '41200', 'I', 'TUR', 9, 'выдано');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 2, 'rejected', 'unknown category', 'AST-2003-00080', '26.08.2003', '24.08.2004', '981140826290', 'ТОО "Бірлік"', '71121', '5', 'Турция', 2, 'выдано');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 3, 'rejected', 'non-positive worker count', 'AST-2003-00077', '17.07.2003', '15.07.2004', '031040694589', 'ТОО "Байтерек Девелопмент"', '62010', 'II', 'Китай', 0, 'выдано');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 10, 'rejected', 'invalid BIN', 'AST-2003-00073', '29.09.2003', '27.09.2004', '011240920303', 'ТОО "Сарыарка Инвест"', '55101', 'III', '792', 6, 'выдано');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 25, 'rejected', 'invalid BIN', 'AST-2003-00074', '30.08.2003', '28.08.2004', '03104069458', 'ТОО "Байтерек Девелопмент"', '62010', 'III', '792', 4, 'выдано');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 14, 'rejected', 'non-positive worker count', 'AST-2003-00078', '17.10.2003', '15.10.2004', '000640437739', 'ТОО "Арман Курылыс"', '01110', '3', 'Кытай', -3, 'выдано');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 16, 'rejected', 'outside reporting year', 'AST-2003-00084', '19.01.2004', '03.01.2004', '000640437739', 'ТОО "Арман Курылыс"', '01110', 'I', 'Турция', 6, 'выдано');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 2, 'accepted', '', 'AST-2003-00001', '2003-01-04', '2004-01-03', '031040694589', 'ТОО "Байтерек Девелопмент"', '62010', 'III', 'CHN', 9, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 3, 'accepted', '', 'AST-2003-00002', '2003-01-05', '2004-01-04', '980940702590', 'ТОО "Korea Engineering Astana"', '41200', 'I', 'TUR', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 5, 'accepted', '', 'AST-2003-00003', '2003-01-07', '2004-01-06', '021040313757', 'ТОО "Есіл Монтаж"', '01110', 'II', 'TUR', 4, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 6, 'accepted', '', 'AST-2003-00004', '2003-01-24', '2004-01-23', '950940291759', 'ТОО "Астана Курылыс"', '41200', 'II', 'RUS', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 7, 'accepted', '', 'AST-2003-00005', '2003-01-27', '2004-01-26', '970740775021', 'ТОО "Turkuaz Construction"', '55101', 'I', 'TUR', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 9, 'accepted', '', 'AST-2003-00006', '2003-02-04', '2004-02-03', '980340976476', 'ТОО "Сымбат Ltd"', '41200', 'I', 'USA', 1, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 10, 'accepted', '', 'AST-2003-00007', '2003-02-05', '2004-02-04', '030440203610', 'ТОО "Мерей; Строй"', '01110', 'II', 'DEU', 3, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 11, 'accepted', '', 'AST-2003-00008', '2003-02-06', '2004-02-05', '010740619104', 'АО "Казакстан Темір Жолы"', '86101', 'III', 'GBR', 21, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 12, 'accepted', '', 'AST-2003-00009', '2003-02-17', '2004-02-16', '980340976476', 'ТОО "Сымбат Ltd"', '41200', 'III', 'KOR', 8, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 13, 'superseded', '', 'AST-2003-00010', '2003-02-19', '2004-02-18', '980940702590', 'ТОО "Korea Engineering Astana"', '41200', 'I', 'UZB', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 5, 'superseded', '', 'AST-2003-00010', '2003-04-10', '2004-08-16', '980940702590', 'ТОО "Korea Engineering Astana"', '41200', 'I', 'UZB', 2, 'extended');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 6, 'cancelled', '', 'AST-2003-00010', '2003-04-10', '2004-02-18', '980940702590', 'ТОО "Korea Engineering Astana"', '41200', 'I', 'UZB', 2, 'revoked');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 15, 'accepted', '', 'AST-2003-00011', '2003-02-23', '2004-02-22', '950340001636', 'ТОО "Italiana Costruzioni KZ"', '43210', 'II', 'UZB', 1, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 16, 'accepted', '', 'AST-2003-00012', '2003-02-28', '2004-02-27', '980940702590', 'ТОО "Korea Engineering Astana"', '41200', 'II', 'TUR', 1, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 17, 'accepted', '', 'AST-2003-00013', '2003-03-22', '2004-03-20', '030340409689', 'ТОО "China Road Astana"', '42110', 'II', 'TUR', 1, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 18, 'accepted', '', 'AST-2003-00014', '2003-03-25', '2004-03-23', '981140826290', 'ТОО "Бірлік"', '71121', 'I', 'DEU', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q1.csv', 19, 'accepted', '', 'AST-2003-00015', '2003-03-27', '2004-03-25', '950940291759', 'ТОО "Астана Курылыс"', '41200', 'I', 'TUR', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 2, 'accepted', '', 'AST-2003-00016', '2003-04-04', '2004-04-02', '980940702590', 'ТОО "Korea Engineering Astana"', '41200', 'III', 'CHN', 31, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 4, 'superseded', '', 'AST-2003-00017', '2003-04-04', '2004-04-02', '021040313757', 'ТОО "Есіл Монтаж"', '01110', 'I', 'KOR', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 10, 'accepted', '', 'AST-2003-00017', '2003-10-30', '2005-04-02', '021040313757', 'ТОО "Есіл Монтаж"', '01110', 'I', 'KOR', 2, 'extended');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 7, 'accepted', '', 'AST-2003-00018', '2003-04-11', '2004-04-09', '981140266866', 'АО "КазСтрой"', '71121', 'III', 'UZB', 4, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 8, 'accepted', '', 'AST-2003-00019', '2003-04-11', '2004-04-09', '981140826290', 'ТОО "Бірлік"', '71121', 'III', 'GBR', 11, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 10, 'superseded', '', 'AST-2003-00020', '2003-04-13', '2004-04-11', '980940702590', 'ТОО "Korea Engineering Astana"', '41200', 'III', 'UKR', 7, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 3, 'accepted', '', 'AST-2003-00020', '2003-10-07', '2005-04-11', '980940702590', 'ТОО "Korea Engineering Astana"', '41200', 'III', 'UKR', 7, 'extended');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 12, 'accepted', '', 'AST-2003-00021', '2003-04-18', '2004-04-16', '010640966687', 'АО "Астана-Финанс"', '41200', 'I', 'UKR', 1, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 13, 'accepted', '', 'AST-2003-00022', '2003-04-30', '2004-04-28', '020540519529', 'ТОО "Евразия Групп"', '55101', 'I', 'CHN', 1, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 14, 'accepted', '', 'AST-2003-00023', '2003-05-03', '2004-05-01', '010640966687', 'АО "Астана-Финанс"', '41200', 'I', 'IRN', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 15, 'superseded', '', 'AST-2003-00024', '2003-05-04', '2004-05-02', '950340001636', 'ТОО "Italiana Costruzioni KZ"', '43210', 'III', 'CHN', 16, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 18, 'cancelled', '', 'AST-2003-00024', '2003-08-21', '2004-05-02', '950340001636', 'ТОО "Italiana Costruzioni KZ"', '43210', 'III', 'CHN', 16, 'revoked');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 16, 'accepted', '', 'AST-2003-00025', '2003-05-13', '2004-05-11', '981140826290', 'ТОО "Бірлік"', '71121', 'I', 'GBR', 1, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 17, 'superseded', '', 'AST-2003-00026', '2003-05-17', '2004-05-15', '010740619104', 'АО "Казакстан Темір Жолы"', '86101', 'I', 'CHN', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 2, 'superseded', '', 'AST-2003-00026', '2003-09-10', '2004-05-15', '010740619104', 'АО "Казакстан Темір Жолы"', '86101', 'I', 'CHN', 2, 'revoked');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 22, 'accepted', '', 'AST-2003-00026', '2003-09-20', '2005-05-15', '010740619104', 'АО "Казакстан Темір Жолы"', '86101', 'I', 'CHN', 2, 'extended');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 18, 'superseded', '', 'AST-2003-00027', '2003-05-23', '2004-05-21', '010740619104', 'АО "Казакстан Темір Жолы"', '86101', 'III', 'TUR', 23, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 21, 'cancelled', '', 'AST-2003-00027', '2003-06-09', '2004-05-21', '010740619104', 'АО "Казакстан Темір Жолы"', '86101', 'III', 'TUR', 23, 'revoked');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 20, 'accepted', '', 'AST-2003-00028', '2003-06-08', '2004-06-06', '020440267120', 'ТОО "Ак Орда Сервис"', '41200', 'I', 'CHN', 1, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 22, 'accepted', '', 'AST-2003-00029', '2003-06-09', '2004-06-07', '970740775021', 'ТОО "Turkuaz Construction"', '55101', 'I', 'UKR', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 23, 'accepted', '', 'AST-2003-00030', '2003-06-11', '2004-06-09', '980940702590', 'ТОО "Korea Engineering Astana"', '41200', 'II', 'CHN', 1, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 25, 'accepted', '', 'AST-2003-00031', '2003-06-12', '2004-06-10', '000640437739', 'ТОО "Арман Курылыс"', '01110', 'III', 'TUR', 39, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 26, 'superseded', '', 'AST-2003-00032', '2003-06-13', '2004-06-11', '980940702590', 'ТОО "Korea Engineering Astana"', '41200', 'III', 'CHN', 24, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 17, 'accepted', '', 'AST-2003-00032', '2003-08-14', '2005-06-11', '980940702590', 'ТОО "Korea Engineering Astana"', '41200', 'III', 'CHN', 24, 'extended');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 27, 'accepted', '', 'AST-2003-00033', '2003-06-13', '2004-06-11', '000640437739', 'ТОО "Арман Курылыс"', '01110', 'I', 'TUR', 1, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 28, 'accepted', '', 'AST-2003-00034', '2003-06-16', '2004-06-14', '980340976476', 'ТОО "Сымбат Ltd"', '41200', 'III', 'TUR', 33, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 29, 'accepted', '', 'AST-2003-00035', '2003-06-18', '2004-06-16', '020540519529', 'ТОО "Евразия Групп"', '55101', 'II', 'KOR', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q2.v2.csv', 30, 'superseded', '', 'AST-2003-00036', '2003-06-22', '2004-06-20', '950940291759', 'ТОО "Астана Курылыс"', '41200', 'I', 'USA', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 21, 'cancelled', '', 'AST-2003-00036', '2003-12-05', '2004-06-20', '950940291759', 'ТОО "Астана Курылыс"', '41200', 'I', 'USA', 2, 'revoked');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 4, 'accepted', '', 'AST-2003-00037', '2003-07-05', '2004-07-03', '950340001636', 'ТОО "Italiana Costruzioni KZ"', '43210', 'II', 'ITA', 3, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 5, 'accepted', '', 'AST-2003-00038', '2003-07-08', '2004-07-06', '950940291759', 'ТОО "Астана Курылыс"', '41200', 'I', 'ITA', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 6, 'accepted', '', 'AST-2003-00039', '2003-07-23', '2004-07-21', '030440203610', 'ТОО "Мерей; Строй"', '01110', 'II', 'RUS', 4, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 7, 'accepted', '', 'AST-2003-00040', '2003-07-26', '2004-07-24', '010640966687', 'АО "Астана-Финанс"', '41200', 'III', 'TUR', 7, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 8, 'accepted', '', 'AST-2003-00041', '2003-07-27', '2004-07-25', '001140832311', 'ТОО "Сарыарка Инвест"', '55101', 'II', 'TUR', 5, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 9, 'accepted', '', 'AST-2003-00042', '2003-07-27', '2004-07-25', '001140832311', 'ТОО "Сарыарка Инвест"', '55101', 'III', 'RUS', 37, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 11, 'accepted', '', 'AST-2003-00043', '2003-08-01', '2004-07-30', '970740775021', 'ТОО "Turkuaz Construction"', '55101', 'III', 'CHN', 15, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 12, 'accepted', '', 'AST-2003-00044', '2003-08-03', '2004-08-01', '001140832311', 'ТОО "Сарыарка Инвест"', '55101', 'III', 'TUR', 16, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 13, 'superseded', '', 'AST-2003-00045', '2003-08-09', '2004-08-07', '981140826290', 'ТОО "Бірлік"', '71121', 'III', 'CZE', 9, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 9, 'accepted', '', 'AST-2003-00045', '2003-10-29', '2005-08-07', '981140826290', 'ТОО "Бірлік"', '71121', 'III', 'CZE', 9, 'extended');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 14, 'accepted', '', 'AST-2003-00046', '2003-08-11', '2004-08-09', '981240115511', 'ТОО "Нур Жол"', '55101', 'III', 'CHN', 40, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 15, 'superseded', '', 'AST-2003-00047', '2003-08-12', '2004-08-10', '000640437739', 'ТОО "Арман Курылыс"', '01110', 'II', 'TUR', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 24, 'accepted', '', 'AST-2003-00047', '2003-09-28', '2005-08-10', '000640437739', 'ТОО "Арман Курылыс"', '01110', 'II', 'TUR', 2, 'extended');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 16, 'accepted', '', 'AST-2003-00048', '2003-08-13', '2004-08-11', '981240115511', 'ТОО "Нур Жол"', '55101', 'I', 'KOR', 1, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 19, 'accepted', '', 'AST-2003-00049', '2003-09-12', '2004-09-10', '020440267120', 'ТОО "Ак Орда Сервис"', '41200', 'III', 'CHN', 11, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 20, 'accepted', '', 'AST-2003-00050', '2003-09-13', '2004-09-11', '020440267120', 'ТОО "Ак Орда Сервис"', '41200', 'II', 'TUR', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 21, 'accepted', '', 'AST-2003-00051', '2003-09-15', '2004-09-13', '021040313757', 'ТОО "Есіл Монтаж"', '01110', 'I', 'IND', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q3.csv', 23, 'accepted', '', 'AST-2003-00052', '2003-09-21', '2004-09-19', '020540519529', 'ТОО "Евразия Групп"', '55101', 'III', 'CHN', 9, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 4, 'accepted', '', 'AST-2003-00053', '2003-10-07', '2004-10-05', '020440267120', 'ТОО "Ак Орда Сервис"', '41200', 'III', 'GEO', 33, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 5, 'superseded', '', 'AST-2003-00054', '2003-10-10', '2004-10-08', '010740619104', 'АО "Казакстан Темір Жолы"', '86101', 'I', 'DEU', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 13, 'accepted', '', 'AST-2003-00054', '2003-11-15', '2005-10-08', '010740619104', 'АО "Казакстан Темір Жолы"', '86101', 'I', 'DEU', 2, 'extended');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 6, 'accepted', '', 'AST-2003-00055', '2003-10-18', '2004-10-16', '000640437739', 'ТОО "Арман Курылыс"', '01110', 'I', 'CHN', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 7, 'accepted', '', 'AST-2003-00056', '2003-10-22', '2004-10-20', '981140826290', 'ТОО "Бірлік"', '71121', 'I', 'USA', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 8, 'superseded', '', 'AST-2003-00057', '2003-10-24', '2004-10-22', '981140826290', 'ТОО "Бірлік"', '71121', 'III', 'ITA', 24, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 31, 'accepted', '', 'AST-2003-00057', '2003-12-27', '2005-10-22', '981140826290', 'ТОО "Бірлік"', '71121', 'III', 'ITA', 28, 'extended');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 11, 'superseded', '', 'AST-2003-00058', '2003-11-04', '2004-11-02', '950940291759', 'ТОО "Астана Курылыс"', '41200', 'III', 'RUS', 14, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 23, 'accepted', '', 'AST-2003-00058', '2003-12-11', '2005-11-02', '950940291759', 'ТОО "Астана Курылыс"', '41200', 'III', 'RUS', 14, 'extended');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 12, 'accepted', '', 'AST-2003-00059', '2003-11-10', '2004-11-08', '950940291759', 'ТОО "Астана Курылыс"', '41200', 'II', 'TUR', 5, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 15, 'superseded', '', 'AST-2003-00060', '2003-11-23', '2004-11-21', '031040694589', 'ТОО "Байтерек Девелопмент"', '62010', 'II', 'UKR', 4, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 24, 'cancelled', '', 'AST-2003-00060', '2003-12-11', '2004-11-21', '031040694589', 'ТОО "Байтерек Девелопмент"', '62010', 'II', 'UKR', 4, 'revoked');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 17, 'accepted', '', 'AST-2003-00061', '2003-11-23', '2004-11-21', '980340976476', 'ТОО "Сымбат Ltd"', '41200', 'II', 'TUR', 4, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 18, 'superseded', '', 'AST-2003-00062', '2003-11-26', '2004-11-24', '010740619104', 'АО "Казакстан Темір Жолы"', '86101', 'I', 'TUR', 1, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 28, 'accepted', '', 'AST-2003-00062', '2003-12-19', '2005-11-24', '010740619104', 'АО "Казакстан Темір Жолы"', '86101', 'I', 'TUR', 1, 'extended');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 19, 'accepted', '', 'AST-2003-00063', '2003-11-28', '2004-11-26', '031040694589', 'ТОО "Байтерек Девелопмент"', '62010', 'III', 'TUR', 23, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 20, 'accepted', '', 'AST-2003-00064', '2003-12-03', '2004-12-01', '980340976476', 'ТОО "Сымбат Ltd"', '41200', 'III', 'IND', 3, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 22, 'accepted', '', 'AST-2003-00065', '2003-12-07', '2004-12-05', '980940702590', 'ТОО "Korea Engineering Astana"', '41200', 'I', 'UZB', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 25, 'accepted', '', 'AST-2003-00066', '2003-12-11', '2004-12-09', '980940702590', 'ТОО "Korea Engineering Astana"', '41200', 'II', 'DEU', 2, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 26, 'accepted', '', 'AST-2003-00067', '2003-12-11', '2004-12-09', '981240115511', 'ТОО "Нур Жол"', '55101', 'II', 'TUR', 1, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 27, 'accepted', '', 'AST-2003-00068', '2003-12-18', '2004-12-16', '950940291759', 'ТОО "Астана Курылыс"', '41200', 'II', 'CHN', 5, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 29, 'accepted', '', 'AST-2003-00069', '2003-12-19', '2004-12-17', '010740619104', 'АО "Казакстан Темір Жолы"', '86101', 'III', 'TUR', 8, 'issued');
INSERT INTO records.labour_permit VALUES (2003, 'labour-quotas/2003/permits-2003-Q4.csv', 30, 'accepted', '', 'AST-2003-00070', '2003-12-20', '2004-12-18', '021040313757', 'ТОО "Есіл Монтаж"', '01110', 'II', 'ITA', 1, 'issued');


--
-- Data for Name: labour_quota_row; Type: TABLE DATA; Schema: records; Owner: -
--

INSERT INTO records.labour_quota_row VALUES (2003, 'labour-quotas/2003/quota-2003.csv', 2, 'accepted', '', 'I', 40);
INSERT INTO records.labour_quota_row VALUES (2003, 'labour-quotas/2003/quota-2003.csv', 3, 'accepted', '', 'II', 80);
INSERT INTO records.labour_quota_row VALUES (2003, 'labour-quotas/2003/quota-2003.csv', 4, 'accepted', '', 'III', 650);
INSERT INTO records.labour_quota_row VALUES (2003, 'labour-quotas/2003/quota-2003.csv', 5, 'accepted', '', 'IV', 0);


--
-- Data for Name: migration_slip; Type: TABLE DATA; Schema: records; Owner: -
--

INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 2, 'accepted', '', 'S2003-0000002', 'A', '2003-01-02', 'F', 1989, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-43');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 3, 'accepted', '', 'S2003-0000003', 'A', '2003-01-05', 'F', 1981, 'UKR', 'RUS', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 4, 'accepted', '', 'S2003-0000004', 'A', '2003-01-05', 'F', 1971, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-59');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 5, 'accepted', '', 'S2003-0000005', 'A', '2003-01-07', 'F', 1918, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-63');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 6, 'accepted', '', 'S2003-0000006', 'D', '2003-01-07', 'M', 1982, 'UKR', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 7, 'accepted', '', 'S2003-0000007', 'D', '2003-01-07', 'M', 1982, 'RUS', 'KAZ', 'FAR_ABROAD', 'ISR');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 8, 'accepted', '', 'S2003-0000008', 'A', '2003-01-12', 'M', 2000, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-55');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 9, 'accepted', '', 'S2003-0000009', 'D', '2003-01-12', 'M', 1975, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-51');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 10, 'accepted', '', 'S2003-0000010', 'A', '2003-01-14', 'M', 1967, 'KAZ', 'KAZ', 'FAR_ABROAD', 'CHN');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 11, 'accepted', '', 'S2003-0000011', 'D', '2003-01-14', 'M', 1930, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-75');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 12, 'accepted', '', 'S2003-0000012', 'A', '2003-01-15', 'M', 1993, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-19');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 13, 'accepted', '', 'S2003-0000013', 'A', '2003-01-17', 'M', 1932, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-23');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 14, 'accepted', '', 'S2003-0000014', 'D', '2003-01-18', 'M', 1931, 'RUS', 'KAZ', 'FAR_ABROAD', 'GRC');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 15, 'accepted', '', 'S2003-0000015', 'A', '2003-01-21', 'M', 1945, 'KAZ', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 16, 'accepted', '', 'S2003-0000016', 'A', '2003-01-27', 'F', 1982, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 17, 'accepted', '', 'S2003-0000017', 'A', '2003-01-29', 'M', 1962, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-27');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 18, 'accepted', '', 'S2003-0000018', 'D', '2003-01-29', 'M', 1972, 'RUS', 'KAZ', 'CIS', 'KGZ');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 19, 'accepted', '', 'S2003-0000019', 'A', '2003-01-30', 'F', 1968, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 20, 'rejected', 'invalid kind', 'S2003-0000367', 'P', '22.01.2003', 'M', 2000, 'қазақ', 'KAZ', '', '35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 21, 'rejected', 'outside reporting year', 'S2003-0000372', 'A', '29.12.2002', 'F', 1984, 'русские', 'KAZ', '', 'Германия');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 22, 'accepted', '', 'S2003-0000020', 'A', '2003-01-30', 'F', 1958, 'TAT', 'KAZ', 'KZ_REGIONS', 'KZ-75');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 23, 'rejected', 'wrong number of fields', '', '', '', '', NULL, '', '', '', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 24, 'accepted', '', 'S2003-0000021', 'A', '2003-01-31', 'F', 1926, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-31');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-01.csv', 25, 'rejected', 'outside reporting year', 'S2003-0000374', 'A', '20.12.2002', 'M', 1957, 'казашка', 'KAZ', '', 'ҚАРАҒАНДЫ ОБЛЫСЫ');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 2, 'excluded', '', 'S2003-0000357', 'D', '27.02.2003', 'M', 1966, 'русские', 'KAZ', '', '71');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 3, 'accepted', '', 'S2003-0000001', 'D', '2003-01-01', 'M', 1972, 'RUS', 'KAZ', 'CIS', 'UZB');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 4, 'excluded', '', 'S2003-0000360', 'A', '21.02.2003', 'F', 1937, 'қазақ', 'KAZ', '', 'город Акмола');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 5, 'accepted', '', 'S2003-0000022', 'A', '2003-01-31', 'M', 1930, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-19');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 6, 'accepted', '', 'S2003-0000023', 'A', '2003-02-03', 'M', 1972, 'KAZ', 'MNG', 'FAR_ABROAD', 'MNG');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 7, 'accepted', '', 'S2003-0000024', 'A', '2003-02-04', 'F', 1980, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-63');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 8, 'accepted', '', 'S2003-0000025', 'A', '2003-02-04', 'M', 1927, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-15');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 9, 'accepted', '', 'S2003-0000026', 'A', '2003-02-06', 'F', 1936, 'KAZ', 'KAZ', 'CIS', 'KGZ');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 10, 'accepted', '', 'S2003-0000027', 'A', '2003-02-07', 'F', 1968, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 11, 'accepted', '', 'S2003-0000028', 'A', '2003-02-07', 'M', 1970, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-51');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 12, 'accepted', '', 'S2003-0000029', 'A', '2003-02-09', 'F', 1966, 'TAT', 'KAZ', 'KZ_REGIONS', 'KZ-51');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 13, 'accepted', '', 'S2003-0000030', 'A', '2003-02-10', 'M', 1989, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-59');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 14, 'accepted', '', 'S2003-0000031', 'A', '2003-02-11', 'M', 1990, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 15, 'accepted', '', 'S2003-0000032', 'D', '2003-02-11', 'M', 1970, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-63');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 16, 'accepted', '', 'S2003-0000033', 'D', '2003-02-12', 'F', 2001, 'UKR', 'KAZ', 'CIS', 'ARM');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 17, 'accepted', '', 'S2003-0000034', 'A', '2003-02-14', 'F', 1998, 'UZB', 'KAZ', 'KZ_REGIONS', 'KZ-15');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 18, 'accepted', '', 'S2003-0000035', 'D', '2003-02-15', 'M', 1931, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 19, 'accepted', '', 'S2003-0000036', 'A', '2003-02-16', 'M', 1975, 'UKR', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 20, 'accepted', '', 'S2003-0000037', 'A', '2003-02-18', 'M', 1972, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 21, 'accepted', '', 'S2003-0000038', 'D', '2003-02-18', 'M', 1971, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 22, 'accepted', '', 'S2003-0000039', 'A', '2003-02-24', 'F', 1968, 'TAT', 'RUS', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 23, 'accepted', '', 'S2003-0000040', 'A', '2003-02-24', 'M', 1964, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-59');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 24, 'accepted', '', 'S2003-0000041', 'A', '2003-02-25', 'M', 1977, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-59');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 25, 'accepted', '', 'S2003-0000042', 'D', '2003-02-25', 'M', 1974, 'GER', 'KAZ', 'FAR_ABROAD', 'DEU');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 26, 'duplicate', '', 'S2003-0000026', 'D', '06.02.2003', 'F', 1936, '', 'KAZ', '', 'ISR');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-02.csv', 27, 'accepted', '', 'S2003-0000043', 'D', '2003-02-26', 'M', 1937, 'RUS', 'KAZ', 'CIS', 'UKR');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 2, 'accepted', '', 'S2003-0000044', 'D', '2003-02-26', 'M', 1978, 'UKR', 'KAZ', 'FAR_ABROAD', 'DEU');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 3, 'accepted', '', 'S2003-0000045', 'A', '2003-03-03', 'F', 1988, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-47');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 4, 'accepted', '', 'S2003-0000046', 'A', '2003-03-05', 'F', 1930, 'KAZ', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 5, 'accepted', '', 'S2003-0000047', 'A', '2003-03-06', 'F', 1970, 'UKR', 'KAZ', 'KZ_REGIONS', 'KZ-27');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 6, 'excluded', '', 'S2003-0000359', 'D', '18.03.2003', 'M', 1997, 'қазақ', 'KAZ', '', 'Акмола қаласы');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 7, 'accepted', '', 'S2003-0000048', 'A', '2003-03-07', 'F', 1990, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-23');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 8, 'duplicate', '', 'S2003-0000048', 'D', '07.03.2003', 'F', 1990, '', 'KAZ', '', 'ISR');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 9, 'accepted', '', 'S2003-0000049', 'A', '2003-03-09', 'M', 1980, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 10, 'accepted', '', 'S2003-0000051', 'A', '2003-03-11', 'F', 1939, '_U', 'KAZ', 'KZ_REGIONS', 'KZ-19');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 11, 'accepted', '', 'S2003-0000052', 'A', '2003-03-12', 'M', 1946, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 12, 'accepted', '', 'S2003-0000053', 'A', '2003-03-13', 'M', 1926, 'KAZ', 'KAZ', 'FAR_ABROAD', 'TUR');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 13, 'accepted', '', 'S2003-0000054', 'A', '2003-03-15', 'M', 1992, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 14, 'accepted', '', 'S2003-0000055', 'D', '2003-03-15', 'M', 1973, 'GER', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 15, 'accepted', '', 'S2003-0000056', 'D', '2003-03-15', 'M', 1991, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-23');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 16, 'accepted', '', 'S2003-0000057', 'A', '2003-03-19', 'F', 1945, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 17, 'accepted', '', 'S2003-0000058', 'D', '2003-03-21', 'F', 1965, 'OTH', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 18, 'accepted', '', 'S2003-0000059', 'A', '2003-03-22', 'M', 1951, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-75');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 19, 'accepted', '', 'S2003-0000060', 'D', '2003-03-22', 'F', 1962, 'RUS', 'KAZ', 'FAR_ABROAD', 'DEU');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 20, 'accepted', '', 'S2003-0000061', 'A', '2003-03-23', 'M', 1981, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 21, 'accepted', '', 'S2003-0000062', 'D', '2003-03-23', 'F', 1958, 'RUS', 'KAZ', 'FAR_ABROAD', 'DEU');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 22, 'accepted', '', 'S2003-0000063', 'A', '2003-03-24', 'F', 1938, 'KAZ', 'UZB', 'CIS', 'UZB');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 23, 'accepted', '', 'S2003-0000064', 'D', '2003-03-25', 'F', 1969, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 24, 'accepted', '', 'S2003-0000065', 'D', '2003-03-25', 'F', 1976, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-63');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 25, 'accepted', '', 'S2003-0000066', 'A', '2003-03-27', 'M', 1978, 'KAZ', 'KAZ', 'CIS', 'BLR');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 26, 'accepted', '', 'S2003-0000067', 'A', '2003-03-27', 'M', 2002, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-27');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 27, 'accepted', '', 'S2003-0000068', 'A', '2003-03-31', 'M', 1973, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-59');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-03.v2.csv', 28, 'accepted', '', 'S2003-0000069', 'A', '2003-03-31', 'F', 1950, 'GER', 'KAZ', 'KZ_REGIONS', 'KZ-51');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 2, 'accepted', '', 'S2003-0000050', 'D', '2003-03-10', 'F', 1984, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 3, 'accepted', '', 'S2003-0000070', 'A', '2003-04-01', 'M', 1984, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-59');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 4, 'accepted', '', 'S2003-0000071', 'D', '2003-04-01', 'F', 1999, 'GER', 'KAZ', 'FAR_ABROAD', 'DEU');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 5, 'accepted', '', 'S2003-0000072', 'D', '2003-04-01', 'F', 1923, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-75');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 6, 'accepted', '', 'S2003-0000073', 'A', '2003-04-03', 'M', 2003, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-59');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 7, 'accepted', '', 'S2003-0000074', 'D', '2003-04-03', 'M', 1953, 'GER', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 8, 'accepted', '', 'S2003-0000075', 'A', '2003-04-07', 'M', 1989, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 9, 'accepted', '', 'S2003-0000076', 'A', '2003-04-09', 'F', 2002, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 10, 'accepted', '', 'S2003-0000077', 'D', '2003-04-09', 'F', 1996, 'BLR', 'KAZ', 'FAR_ABROAD', 'DEU');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 11, 'accepted', '', 'S2003-0000078', 'D', '2003-04-09', 'F', 1992, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-55');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 12, 'accepted', '', 'S2003-0000079', 'A', '2003-04-11', 'M', 1927, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 13, 'accepted', '', 'S2003-0000081', 'A', '2003-04-11', 'M', 1971, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 14, 'accepted', '', 'S2003-0000082', 'A', '2003-04-12', 'F', 1988, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 15, 'accepted', '', 'S2003-0000083', 'A', '2003-04-12', 'F', 1962, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-63');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 16, 'accepted', '', 'S2003-0000084', 'A', '2003-04-13', 'F', 1970, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-19');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 17, 'accepted', '', 'S2003-0000085', 'A', '2003-04-15', 'M', 1972, 'RUS', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 18, 'accepted', '', 'S2003-0000086', 'D', '2003-04-15', 'M', 1995, 'UKR', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 19, 'accepted', '', 'S2003-0000087', 'A', '2003-04-16', 'M', 1952, 'KAZ', 'KAZ', 'CIS', 'TKM');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 20, 'accepted', '', 'S2003-0000088', 'D', '2003-04-16', 'F', 1965, 'RUS', 'KAZ', 'CIS', 'BLR');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 21, 'accepted', '', 'S2003-0000089', 'D', '2003-04-18', 'F', 1988, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 22, 'accepted', '', 'S2003-0000090', 'A', '2003-04-19', 'F', 1978, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 23, 'accepted', '', 'S2003-0000091', 'A', '2003-04-20', 'M', 1927, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 24, 'rejected', 'invalid kind', 'S2003-0000366', '', '03.04.2003', 'M', 1962, 'казах', 'KAZ', '', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 25, 'accepted', '', 'S2003-0000092', 'A', '2003-04-22', 'F', 1991, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-63');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 26, 'rejected', 'wrong number of fields', '', '', '', '', NULL, '', '', '', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 27, 'accepted', '', 'S2003-0000093', 'A', '2003-04-23', 'F', 1937, 'KAZ', 'KAZ', 'FAR_ABROAD', 'MNG');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 28, 'accepted', '', 'S2003-0000094', 'D', '2003-04-24', 'F', 1949, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-19');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 29, 'duplicate', '', 'S2003-0000089', 'D', '18.04.2003', 'F', 1988, 'русские', 'KAZ', '', 'Российская Федерация');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 30, 'accepted', '', 'S2003-0000095', 'A', '2003-04-25', 'F', 1945, 'KAZ', 'RUS', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 31, 'accepted', '', 'S2003-0000096', 'D', '2003-04-27', 'M', 1990, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 32, 'accepted', '', 'S2003-0000097', 'A', '2003-04-30', 'F', 1983, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-04.csv', 33, 'accepted', '', 'S2003-0000098', 'A', '2003-04-30', 'M', 1938, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 2, 'accepted', '', 'S2003-0000080', 'A', '2003-04-11', 'F', 1942, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-75');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 3, 'accepted', '', 'S2003-0000099', 'A', '2003-05-01', 'M', 1970, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 4, 'accepted', '', 'S2003-0000100', 'A', '2003-05-02', 'F', 1942, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 5, 'accepted', '', 'S2003-0000101', 'D', '2003-05-02', 'M', 1973, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 6, 'accepted', '', 'S2003-0000102', 'D', '2003-05-02', 'M', 1928, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-55');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 7, 'accepted', '', 'S2003-0000103', 'A', '2003-05-03', 'F', 1975, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-59');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 8, 'accepted', '', 'S2003-0000104', 'D', '2003-05-03', 'F', 1926, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 9, 'accepted', '', 'S2003-0000105', 'A', '2003-05-04', 'F', 1946, 'KAZ', 'MNG', 'FAR_ABROAD', 'MNG');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 10, 'accepted', '', 'S2003-0000106', 'A', '2003-05-05', 'M', 1979, 'RUS', 'RUS', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 11, 'accepted', '', 'S2003-0000107', 'A', '2003-05-09', 'F', 1937, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 12, 'accepted', '', 'S2003-0000108', 'A', '2003-05-11', 'F', 1983, 'BLR', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 13, 'accepted', '', 'S2003-0000109', 'A', '2003-05-12', 'M', 1994, 'UKR', 'KAZ', 'KZ_REGIONS', 'KZ-19');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 14, 'rejected', 'impossible date', 'S2003-0000369', 'A', '31.11.2003', 'M', 1948, 'русские', 'KAZ', '', '643');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 15, 'accepted', '', 'S2003-0000110', 'A', '2003-05-13', 'F', 1932, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-63');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 16, 'accepted', '', 'S2003-0000111', 'A', '2003-05-14', 'M', 1926, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-43');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 17, 'accepted', '', 'S2003-0000112', 'A', '2003-05-14', 'F', 1983, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 18, 'accepted', '', 'S2003-0000113', 'A', '2003-05-15', 'F', 1965, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-75');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 19, 'accepted', '', 'S2003-0000114', 'A', '2003-05-16', 'M', 1980, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 20, 'rejected', 'wrong number of fields', '', '', '', '', NULL, '', '', '', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 21, 'accepted', '', 'S2003-0000116', 'D', '2003-05-18', 'F', 1967, 'RUS', 'KAZ', 'FAR_ABROAD', 'DEU');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 22, 'accepted', '', 'S2003-0000117', 'A', '2003-05-19', 'M', 1972, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 23, 'accepted', '', 'S2003-0000118', 'D', '2003-05-19', 'F', 1950, 'BLR', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 24, 'accepted', '', 'S2003-0000119', 'D', '2003-05-22', 'M', 1996, 'RUS', 'KAZ', 'CIS', 'UZB');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 25, 'accepted', '', 'S2003-0000120', 'D', '2003-05-22', 'M', 1970, 'RUS', 'KAZ', 'FAR_ABROAD', 'CAN');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 26, 'accepted', '', 'S2003-0000121', 'A', '2003-05-23', 'M', 1972, 'KAZ', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 27, 'accepted', '', 'S2003-0000122', 'D', '2003-05-23', 'M', 1920, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-75');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 28, 'accepted', '', 'S2003-0000124', 'A', '2003-05-25', 'F', 1976, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 29, 'accepted', '', 'S2003-0000125', 'D', '2003-05-25', 'F', 1944, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-75');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 30, 'accepted', '', 'S2003-0000126', 'A', '2003-05-26', 'F', 1994, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 31, 'accepted', '', 'S2003-0000127', 'A', '2003-05-26', 'M', 1920, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 32, 'accepted', '', 'S2003-0000128', 'A', '2003-05-27', 'F', 1920, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-31');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 33, 'accepted', '', 'S2003-0000129', 'D', '2003-05-28', 'M', 1968, 'KAZ', 'KAZ', 'CIS', 'KGZ');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-05.csv', 34, 'accepted', '', 'S2003-0000130', 'D', '2003-05-28', 'F', 1995, 'RUS', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 2, 'accepted', '', 'S2003-0000115', 'A', '2003-05-17', 'M', 1981, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 3, 'accepted', '', 'S2003-0000123', 'A', '2003-05-24', 'F', 1973, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 4, 'accepted', '', 'S2003-0000131', 'A', '2003-06-01', 'F', 1933, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-51');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 5, 'accepted', '', 'S2003-0000132', 'D', '2003-06-03', 'F', 1993, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-75');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 6, 'accepted', '', 'S2003-0000134', 'A', '2003-06-05', 'M', 1967, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 7, 'accepted', '', 'S2003-0000135', 'A', '2003-06-05', 'M', 1979, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 8, 'accepted', '', 'S2003-0000136', 'A', '2003-06-06', 'M', 1928, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-15');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 9, 'accepted', '', 'S2003-0000138', 'D', '2003-06-07', 'F', 1978, 'RUS', 'KAZ', 'FAR_ABROAD', 'DEU');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 10, 'accepted', '', 'S2003-0000139', 'A', '2003-06-09', 'F', 1922, 'KAZ', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 11, 'accepted', '', 'S2003-0000140', 'D', '2003-06-09', 'M', 1981, 'UKR', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 12, 'accepted', '', 'S2003-0000141', 'D', '2003-06-09', 'M', 1968, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 13, 'accepted', '', 'S2003-0000142', 'A', '2003-06-10', 'F', 2000, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 14, 'accepted', '', 'S2003-0000143', 'D', '2003-06-10', 'F', 1990, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 15, 'accepted', '', 'S2003-0000145', 'A', '2003-06-12', 'F', 1984, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 16, 'accepted', '', 'S2003-0000146', 'A', '2003-06-13', 'M', 1967, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 17, 'accepted', '', 'S2003-0000147', 'A', '2003-06-14', 'F', 2000, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-55');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 18, 'accepted', '', 'S2003-0000148', 'A', '2003-06-15', 'F', 1955, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-63');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 19, 'duplicate', '', 'S2003-0000140', 'D', '09.06.2003', 'M', 1981, 'украинец', 'KAZ', '', 'Ақмола облысы');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 20, 'accepted', '', 'S2003-0000149', 'A', '2003-06-16', 'M', 2000, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-63');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 21, 'accepted', '', 'S2003-0000150', 'A', '2003-06-16', 'M', 1919, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 22, 'accepted', '', 'S2003-0000151', 'A', '2003-06-17', 'M', 1928, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-43');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 23, 'accepted', '', 'S2003-0000153', 'A', '2003-06-18', 'F', 1949, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-55');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 24, 'accepted', '', 'S2003-0000154', 'A', '2003-06-18', 'F', 1936, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-55');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 25, 'accepted', '', 'S2003-0000155', 'D', '2003-06-18', 'M', 1971, 'RUS', 'KAZ', 'FAR_ABROAD', 'DEU');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 26, 'accepted', '', 'S2003-0000156', 'D', '2003-06-18', 'F', 1975, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-31');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 27, 'accepted', '', 'S2003-0000157', 'A', '2003-06-19', 'M', 1944, 'KAZ', 'RUS', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 28, 'accepted', '', 'S2003-0000158', 'D', '2003-06-21', 'F', 1926, 'KAZ', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 29, 'accepted', '', 'S2003-0000159', 'A', '2003-06-23', 'F', 1927, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-15');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 30, 'accepted', '', 'S2003-0000161', 'D', '2003-06-25', 'F', 1925, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 31, 'accepted', '', 'S2003-0000162', 'A', '2003-06-27', 'F', 1977, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 32, 'accepted', '', 'S2003-0000163', 'A', '2003-06-27', 'M', 1994, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-31');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 33, 'accepted', '', 'S2003-0000165', 'A', '2003-06-29', 'F', 1978, 'KAZ', 'CHN', 'FAR_ABROAD', 'CHN');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-06.csv', 34, 'accepted', '', 'S2003-0000166', 'A', '2003-06-29', 'M', 1980, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 2, 'accepted', '', 'S2003-0000133', 'A', '2003-06-04', 'M', 1973, 'RUS', 'MDA', 'CIS', 'MDA');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 3, 'accepted', '', 'S2003-0000137', 'A', '2003-06-06', 'F', 1979, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 4, 'accepted', '', 'S2003-0000144', 'A', '2003-06-11', 'F', 1951, 'UZB', 'RUS', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 5, 'accepted', '', 'S2003-0000152', 'D', '2003-06-17', 'F', 2001, 'RUS', 'KAZ', 'CIS', 'KGZ');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 6, 'accepted', '', 'S2003-0000160', 'D', '2003-06-24', 'F', 1993, 'RUS', 'KAZ', 'FAR_ABROAD', 'DEU');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 7, 'rejected', 'invalid kind', 'S2003-0000365', 'X', '24.07.2003', 'F', 1962, 'казах', 'KAZ', '', 'Германия');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 8, 'accepted', '', 'S2003-0000164', 'D', '2003-06-27', 'M', 1980, 'GER', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 9, 'accepted', '', 'S2003-0000167', 'A', '2003-07-01', 'M', 1987, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-31');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 10, 'accepted', '', 'S2003-0000168', 'D', '2003-07-01', 'F', 1970, 'RUS', 'KAZ', 'CIS', 'TJK');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 11, 'accepted', '', 'S2003-0000169', 'A', '2003-07-02', 'F', 1971, 'UIG', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 12, 'accepted', '', 'S2003-0000170', 'D', '2003-07-03', 'M', 1927, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 13, 'accepted', '', 'S2003-0000171', 'A', '2003-07-05', 'F', 1968, 'KAZ', 'RUS', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 14, 'accepted', '', 'S2003-0000172', 'D', '2003-07-05', 'M', 1985, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-75');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 15, 'accepted', '', 'S2003-0000173', 'A', '2003-07-06', 'M', 2003, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-27');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 16, 'accepted', '', 'S2003-0000174', 'D', '2003-07-06', 'M', 1987, 'BLR', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 17, 'accepted', '', 'S2003-0000175', 'A', '2003-07-07', 'F', 1970, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-63');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 18, 'accepted', '', 'S2003-0000176', 'A', '2003-07-10', 'F', 1975, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 19, 'accepted', '', 'S2003-0000177', 'A', '2003-07-11', 'M', 1993, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 20, 'accepted', '', 'S2003-0000178', 'A', '2003-07-11', 'M', 1969, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 21, 'accepted', '', 'S2003-0000179', 'A', '2003-07-12', 'M', 1985, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 22, 'accepted', '', 'S2003-0000180', 'A', '2003-07-12', 'F', 1921, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-55');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 23, 'accepted', '', 'S2003-0000181', 'D', '2003-07-13', 'F', 1940, 'RUS', 'KAZ', 'FAR_ABROAD', 'ISR');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 24, 'accepted', '', 'S2003-0000182', 'A', '2003-07-14', 'M', 1990, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-15');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 25, 'rejected', 'wrong number of fields', '', '', '', '', NULL, '', '', '', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 26, 'accepted', '', 'S2003-0000183', 'D', '2003-07-15', 'F', 1977, 'KAZ', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 27, 'accepted', '', 'S2003-0000184', 'A', '2003-07-16', 'F', 1936, 'RUS', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 28, 'accepted', '', 'S2003-0000185', 'D', '2003-07-17', 'F', 1927, 'UKR', 'KAZ', 'FAR_ABROAD', 'ISR');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 29, 'accepted', '', 'S2003-0000186', 'A', '2003-07-18', 'F', 1990, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 30, 'accepted', '', 'S2003-0000187', 'A', '2003-07-19', 'M', 1923, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 31, 'accepted', '', 'S2003-0000188', 'A', '2003-07-21', 'F', 1941, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-31');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 32, 'accepted', '', 'S2003-0000189', 'D', '2003-07-21', 'F', 1938, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 33, 'accepted', '', 'S2003-0000190', 'A', '2003-07-22', 'F', 2003, 'KAZ', 'RUS', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 34, 'accepted', '', 'S2003-0000191', 'A', '2003-07-22', 'M', 1994, 'KAZ', 'KAZ', 'FAR_ABROAD', 'TUR');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 35, 'accepted', '', 'S2003-0000192', 'A', '2003-07-22', 'M', 1992, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-27');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 36, 'accepted', '', 'S2003-0000193', 'A', '2003-07-24', 'F', 1976, 'UKR', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 37, 'accepted', '', 'S2003-0000194', 'D', '2003-07-25', 'F', 1960, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 38, 'accepted', '', 'S2003-0000195', 'A', '2003-07-26', 'F', 1988, 'KOR', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 39, 'accepted', '', 'S2003-0000196', 'A', '2003-07-28', 'M', 1930, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 40, 'accepted', '', 'S2003-0000197', 'D', '2003-07-28', 'F', 1968, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-59');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 41, 'accepted', '', 'S2003-0000198', 'A', '2003-07-29', 'M', 1959, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 42, 'accepted', '', 'S2003-0000199', 'A', '2003-07-29', 'M', 1970, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-15');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-07.v3.csv', 43, 'accepted', '', 'S2003-0000200', 'D', '2003-07-29', 'F', 1960, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 2, 'accepted', '', 'S2003-0000201', 'D', '2003-08-01', 'F', 1989, 'POL', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 3, 'accepted', '', 'S2003-0000202', 'D', '2003-08-01', 'F', 1976, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 4, 'accepted', '', 'S2003-0000203', 'A', '2003-08-02', 'M', 1963, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-19');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 5, 'accepted', '', 'S2003-0000204', 'D', '2003-08-02', 'F', 1973, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 6, 'accepted', '', 'S2003-0000205', 'D', '2003-08-02', 'M', 1989, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 7, 'accepted', '', 'S2003-0000206', 'A', '2003-08-03', 'M', 1969, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 8, 'rejected', 'impossible date', 'S2003-0000370', 'A', '31.02.2003', 'M', 1956, 'русская', 'KAZ', '', 'Карагандинская область');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 9, 'accepted', '', 'S2003-0000208', 'D', '2003-08-03', 'M', 1969, 'KAZ', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 10, 'accepted', '', 'S2003-0000209', 'A', '2003-08-04', 'F', 1981, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-51');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 11, 'accepted', '', 'S2003-0000210', 'A', '2003-08-04', 'M', 1995, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 12, 'accepted', '', 'S2003-0000211', 'A', '2003-08-05', 'M', 1993, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-55');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 13, 'accepted', '', 'S2003-0000212', 'A', '2003-08-06', 'F', 1970, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-55');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 14, 'accepted', '', 'S2003-0000213', 'A', '2003-08-08', 'M', 1942, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 15, 'accepted', '', 'S2003-0000214', 'A', '2003-08-08', 'F', 1982, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 16, 'accepted', '', 'S2003-0000215', 'A', '2003-08-10', 'F', 1971, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-51');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 17, 'accepted', '', 'S2003-0000216', 'A', '2003-08-12', 'M', 1933, 'KAZ', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 18, 'accepted', '', 'S2003-0000217', 'A', '2003-08-12', 'F', 1971, 'KAZ', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 19, 'accepted', '', 'S2003-0000218', 'D', '2003-08-13', 'M', 1986, 'RUS', 'KAZ', 'FAR_ABROAD', 'CHN');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 20, 'accepted', '', 'S2003-0000219', 'A', '2003-08-18', 'M', 1974, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 21, 'accepted', '', 'S2003-0000220', 'A', '2003-08-18', 'F', 1919, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-31');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 22, 'accepted', '', 'S2003-0000221', 'A', '2003-08-19', 'M', 1985, 'KAZ', 'RUS', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 23, 'accepted', '', 'S2003-0000222', 'A', '2003-08-20', 'M', 1949, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-23');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 24, 'accepted', '', 'S2003-0000224', 'D', '2003-08-22', 'F', 1976, 'GER', 'KAZ', 'FAR_ABROAD', 'DEU');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 25, 'excluded', '', 'S2003-0000361', 'A', '11.08.2003', 'F', 1977, 'казах', 'KAZ', '', 'KZ-71');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 26, 'accepted', '', 'S2003-0000225', 'A', '2003-08-23', 'M', 1979, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 27, 'accepted', '', 'S2003-0000226', 'D', '2003-08-24', 'M', 1940, 'RUS', 'KAZ', 'CIS', 'UZB');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 28, 'accepted', '', 'S2003-0000227', 'D', '2003-08-24', 'F', 1921, 'RUS', 'KAZ', 'CIS', 'UZB');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 29, 'accepted', '', 'S2003-0000228', 'A', '2003-08-25', 'M', 1920, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 30, 'accepted', '', 'S2003-0000229', 'A', '2003-08-25', 'M', 1980, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 31, 'accepted', '', 'S2003-0000230', 'A', '2003-08-26', 'M', 2002, 'KAZ', 'KAZ', 'FAR_ABROAD', 'IRN');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 32, 'accepted', '', 'S2003-0000231', 'D', '2003-08-26', 'M', 1978, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-15');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 33, 'accepted', '', 'S2003-0000232', 'A', '2003-08-27', 'F', 1926, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-51');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 34, 'accepted', '', 'S2003-0000233', 'A', '2003-08-28', 'M', 1958, 'OTH', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-08.csv', 35, 'accepted', '', 'S2003-0000234', 'A', '2003-08-30', 'F', 1943, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 2, 'accepted', '', 'S2003-0000207', 'D', '2003-08-03', 'M', 1970, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-19');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 3, 'accepted', '', 'S2003-0000223', 'A', '2003-08-22', 'F', 1958, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 4, 'accepted', '', 'S2003-0000235', 'A', '2003-09-01', 'M', 1987, 'KAZ', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 5, 'accepted', '', 'S2003-0000236', 'D', '2003-09-01', 'F', 1996, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-51');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 6, 'duplicate', '', 'S2003-0000130', 'D', '28.05.2003', 'F', 1995, 'орыс', 'KAZ', '', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 7, 'accepted', '', 'S2003-0000237', 'A', '2003-09-02', 'F', 1978, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-51');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 8, 'accepted', '', 'S2003-0000238', 'A', '2003-09-02', 'M', 1975, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 9, 'accepted', '', 'S2003-0000239', 'D', '2003-09-02', 'F', 1950, 'RUS', 'KAZ', 'FAR_ABROAD', 'DEU');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 10, 'accepted', '', 'S2003-0000240', 'A', '2003-09-04', 'M', 1996, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-59');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 11, 'accepted', '', 'S2003-0000241', 'D', '2003-09-04', 'F', 1934, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 12, 'accepted', '', 'S2003-0000242', 'D', '2003-09-04', 'F', 1980, 'KAZ', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 13, 'accepted', '', 'S2003-0000243', 'A', '2003-09-06', 'F', 1980, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 14, 'accepted', '', 'S2003-0000244', 'D', '2003-09-06', 'F', 1999, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 15, 'accepted', '', 'S2003-0000245', 'D', '2003-09-06', 'F', 1918, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 16, 'accepted', '', 'S2003-0000246', 'A', '2003-09-07', 'F', 1938, 'OTH', 'CHN', 'FAR_ABROAD', 'CHN');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 17, 'accepted', '', 'S2003-0000247', 'A', '2003-09-08', 'M', 1925, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-43');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 18, 'accepted', '', 'S2003-0000248', 'A', '2003-09-10', 'F', 1970, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-43');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 19, 'excluded', '', 'S2003-0000358', 'A', '30.09.2003', 'M', 1972, 'казах', 'KAZ', '', 'Астана');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 20, 'accepted', '', 'S2003-0000249', 'A', '2003-09-11', 'M', 1975, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 21, 'rejected', 'missing slip_id', '', 'A', '10.09.2003', 'M', 1961, 'РУССКАЯ', 'KAZ', '', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 22, 'accepted', '', 'S2003-0000250', 'D', '2003-09-11', 'F', 1974, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 23, 'duplicate', '', 'S2003-0000145', 'A', '12.06.2003', 'F', 1984, 'Russian', 'KAZ', '', 'Akmola Region');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 24, 'accepted', '', 'S2003-0000251', 'D', '2003-09-13', 'F', 1993, 'GER', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 25, 'accepted', '', 'S2003-0000252', 'A', '2003-09-14', 'M', 1939, 'RUS', 'RUS', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 26, 'accepted', '', 'S2003-0000253', 'A', '2003-09-14', 'M', 1995, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-23');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 27, 'accepted', '', 'S2003-0000254', 'A', '2003-09-16', 'M', 1950, 'OTH', 'RUS', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 28, 'accepted', '', 'S2003-0000255', 'D', '2003-09-17', 'F', 1978, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 29, 'accepted', '', 'S2003-0000256', 'A', '2003-09-19', 'F', 1927, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 30, 'accepted', '', 'S2003-0000257', 'A', '2003-09-20', 'M', 1976, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 31, 'accepted', '', 'S2003-0000258', 'D', '2003-09-21', 'M', 1944, 'RUS', 'KAZ', 'FAR_ABROAD', 'USA');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 32, 'accepted', '', 'S2003-0000259', 'A', '2003-09-23', 'M', 1982, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 33, 'accepted', '', 'S2003-0000260', 'A', '2003-09-23', 'M', 1994, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 34, 'accepted', '', 'S2003-0000261', 'A', '2003-09-23', 'M', 1940, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 35, 'rejected', 'impossible date', 'S2003-0000371', 'A', '31.09.2003', 'F', 1958, 'казашка', 'KAZ', '', 'Россия');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 36, 'accepted', '', 'S2003-0000263', 'D', '2003-09-24', 'F', 1997, 'TAT', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 37, 'accepted', '', 'S2003-0000264', 'A', '2003-09-29', 'M', 1974, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-47');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 38, 'accepted', '', 'S2003-0000265', 'A', '2003-09-29', 'M', 1943, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-09.csv', 39, 'accepted', '', 'S2003-0000266', 'A', '2003-09-30', 'M', 1998, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-47');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 2, 'rejected', 'missing slip_id', '', 'D', '18.10.2003', 'F', 1957, 'казашка', 'KAZ', '', 'KARAGANDA REGION');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 3, 'accepted', '', 'S2003-0000262', 'A', '2003-09-24', 'M', 1989, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 4, 'accepted', '', 'S2003-0000267', 'D', '2003-10-01', 'M', 1942, 'RUS', 'KAZ', 'FAR_ABROAD', 'MNG');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 5, 'accepted', '', 'S2003-0000268', 'A', '2003-10-02', 'F', 2001, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 6, 'accepted', '', 'S2003-0000269', 'D', '2003-10-02', 'F', 1991, 'RUS', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 7, 'accepted', '', 'S2003-0000270', 'A', '2003-10-03', 'M', 1983, 'KAZ', 'KAZ', 'CIS', 'AZE');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 8, 'accepted', '', 'S2003-0000271', 'A', '2003-10-03', 'F', 1983, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 9, 'accepted', '', 'S2003-0000272', 'A', '2003-10-03', 'F', 1975, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-75');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 10, 'accepted', '', 'S2003-0000273', 'A', '2003-10-04', 'M', 1935, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-43');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 11, 'accepted', '', 'S2003-0000274', 'A', '2003-10-04', 'M', 1945, 'KAZ', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 12, 'accepted', '', 'S2003-0000275', 'D', '2003-10-05', 'F', 1929, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-43');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 13, 'accepted', '', 'S2003-0000276', 'A', '2003-10-06', 'F', 1991, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 14, 'accepted', '', 'S2003-0000277', 'A', '2003-10-07', 'M', 1986, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-59');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 15, 'accepted', '', 'S2003-0000278', 'D', '2003-10-08', 'F', 1925, 'OTH', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 16, 'accepted', '', 'S2003-0000279', 'D', '2003-10-08', 'M', 1976, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 17, 'accepted', '', 'S2003-0000280', 'D', '2003-10-10', 'M', 1975, 'TAT', 'KAZ', 'CIS', 'UKR');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 18, 'accepted', '', 'S2003-0000281', 'A', '2003-10-14', 'F', 1969, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-55');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 19, 'accepted', '', 'S2003-0000282', 'A', '2003-10-14', 'F', 1962, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-55');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 20, 'accepted', '', 'S2003-0000284', 'A', '2003-10-19', 'F', 1969, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-75');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 21, 'accepted', '', 'S2003-0000285', 'D', '2003-10-19', 'M', 1990, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 22, 'accepted', '', 'S2003-0000286', 'D', '2003-10-20', 'M', 1996, 'GER', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 23, 'accepted', '', 'S2003-0000287', 'D', '2003-10-22', 'F', 1940, 'TAT', 'KAZ', 'FAR_ABROAD', 'POL');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 24, 'accepted', '', 'S2003-0000288', 'A', '2003-10-23', 'F', 1982, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 25, 'accepted', '', 'S2003-0000289', 'A', '2003-10-23', 'M', 1920, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 26, 'accepted', '', 'S2003-0000290', 'A', '2003-10-24', 'M', 1975, 'KAZ', 'DEU', 'FAR_ABROAD', 'DEU');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 27, 'accepted', '', 'S2003-0000291', 'D', '2003-10-24', 'F', 1973, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 28, 'accepted', '', 'S2003-0000292', 'A', '2003-10-25', 'M', 1933, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 29, 'accepted', '', 'S2003-0000293', 'A', '2003-10-27', 'M', 1928, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 30, 'accepted', '', 'S2003-0000294', 'A', '2003-10-27', 'M', 1998, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 31, 'accepted', '', 'S2003-0000295', 'A', '2003-10-28', 'M', 1990, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 32, 'accepted', '', 'S2003-0000296', 'A', '2003-10-28', 'F', 1987, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-63');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 33, 'accepted', '', 'S2003-0000297', 'A', '2003-10-31', 'F', 1980, 'RUS', 'KAZ', 'CIS', 'UKR');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-10.csv', 34, 'accepted', '', 'S2003-0000298', 'D', '2003-10-31', 'F', 1970, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 2, 'accepted', '', 'S2003-0000283', 'A', '2003-10-16', 'M', 1971, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 3, 'accepted', '', 'S2003-0000299', 'D', '2003-11-01', 'F', 1930, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 4, 'accepted', '', 'S2003-0000300', 'A', '2003-11-03', 'F', 1976, 'TAT', 'KAZ', 'KZ_REGIONS', 'KZ-59');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 5, 'accepted', '', 'S2003-0000301', 'A', '2003-11-03', 'M', 1974, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-51');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 6, 'accepted', '', 'S2003-0000302', 'D', '2003-11-03', 'F', 1979, 'GER', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 7, 'accepted', '', 'S2003-0000303', 'A', '2003-11-07', 'M', 1968, 'UKR', 'KAZ', 'KZ_REGIONS', 'KZ-55');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 8, 'excluded', '', 'S2003-0000356', 'D', '15.11.2003', 'M', 1984, 'Kazakh', 'KAZ', '', 'KZ-71');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 9, 'accepted', '', 'S2003-0000304', 'A', '2003-11-09', 'F', 1956, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-59');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 10, 'accepted', '', 'S2003-0000305', 'D', '2003-11-09', 'F', 1991, 'UKR', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 11, 'accepted', '', 'S2003-0000306', 'A', '2003-11-10', 'F', 1975, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-31');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 12, 'accepted', '', 'S2003-0000307', 'D', '2003-11-12', 'F', 1932, 'RUS', 'KAZ', 'CIS', 'AZE');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 13, 'accepted', '', 'S2003-0000308', 'A', '2003-11-13', 'M', 1929, 'OTH', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 14, 'accepted', '', 'S2003-0000309', 'A', '2003-11-14', 'M', 1968, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 15, 'accepted', '', 'S2003-0000310', 'A', '2003-11-14', 'M', 1979, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 16, 'accepted', '', 'S2003-0000311', 'A', '2003-11-14', 'F', 1990, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 17, 'accepted', '', 'S2003-0000312', 'A', '2003-11-17', 'M', 1921, 'KAZ', 'UZB', 'CIS', 'UZB');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 18, 'accepted', '', 'S2003-0000313', 'A', '2003-11-19', 'F', 1998, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 19, 'accepted', '', 'S2003-0000314', 'A', '2003-11-19', 'F', 1937, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 20, 'accepted', '', 'S2003-0000315', 'A', '2003-11-19', 'F', 1992, 'KAZ', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 21, 'accepted', '', 'S2003-0000316', 'A', '2003-11-24', 'M', 1969, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 22, 'excluded', '', 'S2003-0000362', 'D', '22.11.2003', 'M', 1961, 'казашка', 'KAZ', '', 'Астана');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 23, 'accepted', '', 'S2003-0000317', 'A', '2003-11-24', 'F', 1944, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 24, 'accepted', '', 'S2003-0000318', 'A', '2003-11-24', 'F', 1986, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 25, 'accepted', '', 'S2003-0000319', 'A', '2003-11-25', 'F', 1992, 'RUS', 'MNG', 'FAR_ABROAD', 'MNG');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 26, 'accepted', '', 'S2003-0000320', 'D', '2003-11-25', 'F', 1976, 'RUS', 'KAZ', 'CIS', 'UKR');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 27, 'accepted', '', 'S2003-0000321', 'D', '2003-11-25', 'F', 1943, 'RUS', 'KAZ', 'FAR_ABROAD', 'USA');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 28, 'accepted', '', 'S2003-0000322', 'D', '2003-11-25', 'F', 1975, 'KAZ', 'KAZ', 'FAR_ABROAD', 'DEU');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 29, 'accepted', '', 'S2003-0000324', 'D', '2003-11-27', 'M', 1977, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 30, 'duplicate', '', 'S2003-0000304', 'A', '09.11.2003', 'F', 1956, 'казах', 'KAZ', '', 'Северо-Казахстанская область');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 31, 'accepted', '', 'S2003-0000325', 'A', '2003-11-28', 'F', 1965, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-63');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 32, 'accepted', '', 'S2003-0000326', 'D', '2003-11-28', 'F', 1922, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-59');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-11.csv', 33, 'accepted', '', 'S2003-0000327', 'D', '2003-11-29', 'F', 1936, 'KAZ', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 2, 'duplicate', '', 'S2003-0000307', 'D', '12.11.2003', 'F', 1932, 'Russian', 'KAZ', '', 'АЗЕРБАЙДЖАН');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 3, 'accepted', '', 'S2003-0000323', 'A', '2003-11-26', 'M', 1951, 'KAZ', 'RUS', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 4, 'accepted', '', 'S2003-0000328', 'A', '2003-12-01', 'M', 1969, 'KAZ', 'KAZ', 'NOT_STATED', '');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 5, 'accepted', '', 'S2003-0000329', 'A', '2003-12-02', 'M', 1983, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 6, 'accepted', '', 'S2003-0000330', 'A', '2003-12-03', 'F', 1980, 'RUS', 'TJK', 'CIS', 'TJK');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 7, 'accepted', '', 'S2003-0000331', 'A', '2003-12-03', 'M', 1975, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 8, 'accepted', '', 'S2003-0000332', 'A', '2003-12-03', 'M', 1991, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 9, 'accepted', '', 'S2003-0000333', 'A', '2003-12-03', 'F', 1986, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 10, 'accepted', '', 'S2003-0000334', 'A', '2003-12-03', 'F', 1981, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 11, 'accepted', '', 'S2003-0000335', 'D', '2003-12-04', 'M', 1980, 'RUS', 'KAZ', 'FAR_ABROAD', 'TUR');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 12, 'rejected', 'outside reporting year', 'S2003-0000373', 'A', '05.01.2004', 'F', 1987, 'қазақ', 'KAZ', '', '643');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 13, 'accepted', '', 'S2003-0000336', 'A', '2003-12-06', 'F', 1952, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-19');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 14, 'rejected', 'invalid kind', 'S2003-0000368', 'AD', '18.12.2003', 'F', 1983, 'казахи', 'KAZ', '', 'Россия');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 15, 'accepted', '', 'S2003-0000337', 'A', '2003-12-08', 'M', 1973, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 16, 'accepted', '', 'S2003-0000338', 'D', '2003-12-08', 'M', 1980, 'GER', 'KAZ', 'CIS', 'TKM');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 17, 'accepted', '', 'S2003-0000339', 'D', '2003-12-11', 'M', 1969, 'GER', 'KAZ', 'FAR_ABROAD', 'DEU');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 18, 'accepted', '', 'S2003-0000340', 'A', '2003-12-12', 'F', 1931, 'GER', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 19, 'accepted', '', 'S2003-0000341', 'D', '2003-12-12', 'F', 1985, 'RUS', 'KAZ', 'CIS', 'BLR');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 20, 'accepted', '', 'S2003-0000342', 'A', '2003-12-13', 'F', 1971, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-47');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 21, 'accepted', '', 'S2003-0000343', 'D', '2003-12-13', 'M', 1963, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 22, 'accepted', '', 'S2003-0000344', 'D', '2003-12-15', 'M', 1959, 'UKR', 'KAZ', 'CIS', 'UZB');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 23, 'rejected', 'outside reporting year', 'S2003-0000375', 'A', '10.01.2004', 'F', 1971, 'Kazakh', 'KAZ', '', '35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 24, 'accepted', '', 'S2003-0000345', 'D', '2003-12-15', 'M', 1938, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-75');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 25, 'accepted', '', 'S2003-0000346', 'D', '2003-12-15', 'M', 1920, 'UKR', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 26, 'accepted', '', 'S2003-0000347', 'A', '2003-12-16', 'M', 1933, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 27, 'accepted', '', 'S2003-0000348', 'A', '2003-12-18', 'M', 1981, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-15');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 28, 'accepted', '', 'S2003-0000349', 'A', '2003-12-20', 'F', 1939, 'RUS', 'KAZ', 'KZ_REGIONS', 'KZ-39');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 29, 'accepted', '', 'S2003-0000350', 'A', '2003-12-22', 'F', 1918, 'OTH', 'KAZ', 'KZ_REGIONS', 'KZ-43');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 30, 'accepted', '', 'S2003-0000351', 'A', '2003-12-22', 'M', 1969, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-35');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 31, 'accepted', '', 'S2003-0000352', 'A', '2003-12-22', 'F', 1997, 'KAZ', 'KAZ', 'KZ_REGIONS', 'KZ-11');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 32, 'accepted', '', 'S2003-0000353', 'D', '2003-12-22', 'F', 1995, 'RUS', 'KAZ', 'CIS', 'RUS');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 33, 'accepted', '', 'S2003-0000354', 'A', '2003-12-29', 'F', 1987, 'KAZ', 'USA', 'FAR_ABROAD', 'USA');
INSERT INTO records.migration_slip VALUES (2003, 'migration-slips/2003/slips-2003-12.csv', 34, 'accepted', '', 'S2003-0000355', 'A', '2003-12-30', 'F', 1970, 'AZE', 'KAZ', 'CIS', 'UKR');


--
-- Data for Name: police_registration; Type: TABLE DATA; Schema: records; Owner: -
--

INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 47, 'rejected', 'outside reporting year', 'R2003-000291', 1, 'active', '9392aa333d56d644', 'Узбекистан', '', 'business', '25.12.2002', '26.12.2002', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 145, 'superseded', '', 'R2003-000017', 1, 'active', '527a94fe43562ff8', 'UZB', 'CIS', 'TRANSIT', '2003-01-16', '2003-01-19', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 40, 'rejected', 'citizen of Kazakhstan', 'R2003-000296', 1, 'active', '474638a9169b596b', '398', '', 'other', '31.01.2003', '02.02.2003', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 16, 'superseded', '', 'R2003-000283', 1, 'active', '41bfe3fb39d2baa1', 'UZB', 'CIS', 'PRIVATE', '2003-01-24', '2003-01-26', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 41, 'superseded', '', 'R2003-000029', 1, 'active', 'ece7e4832bb07a65', 'UZB', 'CIS', 'STUDY', '2003-01-30', '2003-01-30', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 179, 'superseded', '', 'R2003-000070', 1, 'active', 'acce3eac8e61cb2b', 'UZB', 'CIS', 'BUSINESS', '2003-03-19', '2003-03-20', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 10, 'rejected', 'missing docHash', 'R2003-000287', 1, 'active', '', 'Uzbekistan', '', 'study', '27.05.2003', '29.05.2003', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 54, 'superseded', '', 'R2003-000121', 1, 'active', '49e591a6f15ae5cc', 'DEU', 'FAR_ABROAD', 'WORK', '2003-05-09', '2003-05-14', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 175, 'rejected', 'citizen of Kazakhstan', 'R2003-000297', 1, 'active', '1f1b9f7d08c4db18', 'ҚАЗАҚСТАН', '', 'study', '11.05.2003', '13.05.2003', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 94, 'superseded', '', 'R2003-000284', 1, 'active', '845ea455c7dbe259', 'CHN', 'FAR_ABROAD', 'TRANSIT', '2003-04-18', '2003-04-20', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 120, 'rejected', 'impossible date', 'R2003-000290', 1, 'active', '79d79e67d01016ab', 'Узбекистан', '', 'Study', '27.06.2003', '31.06.2003', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 145, 'rejected', 'missing registration date', 'R2003-000288', 1, 'active', 'b2f6f8c9d7e6eb0b', 'UZB', '', 'Study', '05.06.2003', '', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 84, 'superseded', '', 'R2003-000134', 1, 'active', '02f338b226c2c546', '', 'NOT_STATED', 'BUSINESS', '2003-05-15', '2003-05-25', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 96, 'superseded', '', 'R2003-000156', 1, 'active', 'd0e03e53e5a425b7', 'RUS', 'CIS', 'PRIVATE', '2003-06-19', '2003-06-19', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 48, 'rejected', 'arrival after registration', 'R2003-000293', 1, 'active', 'a177a90fbb6669f4', 'Узбекистан', '', 'private', '2003-07-03', '2003-07-02', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 181, 'rejected', 'impossible date', 'R2003-000289', 1, 'active', '62baabda8c8ad07e', 'MN', '', 'business', '2003-07-04', '2003-02-31', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 151, 'duplicate', '', 'R2003-000175', 1, 'active', '77a6a3ad09f51574', 'Российская Федерация', '', 'OTHER', '2003-07-08', '2003-07-18', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-09.xml', 53, 'rejected', 'citizen of Kazakhstan', 'R2003-000295', 1, 'active', '72ebc37cdcb70a48', 'KZ', '', 'transit', '2003-09-16', '2003-09-18', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 28, 'duplicate', '', 'R2003-000224', 1, 'active', '1ef672e7aeb4025a', 'US', '', 'transit', '2003-09-15', '2003-09-18', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 16, 'superseded', '', 'R2003-000240', 1, 'active', '527a94fe43562ff8', 'UZB', 'CIS', 'TOURISM', '2003-10-02', '2003-10-07', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 96, 'rejected', 'arrival after registration', 'R2003-000294', 1, 'active', '48942d507d5cb874', 'КНР', '', 'work', '2003-10-31', '2003-10-30', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 126, 'rejected', 'missing id', '', 1, 'active', '3685ee020071c4e2', 'Тәжікстан', '', 'other', '2003-10-02', '2003-10-04', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 199, 'superseded', '', 'R2003-000285', 1, 'active', 'bd1eb2419864d63e', 'UZB', 'CIS', 'BUSINESS', '2003-10-28', '2003-10-30', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 4, 'duplicate', '', 'R2003-000236', 1, 'active', 'bab0e4ae21dd6685', 'CN', '', 'private', '2003-10-02', '2003-10-03', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 60, 'rejected', 'outside reporting year', 'R2003-000292', 1, 'active', '04222fb3c6e1a1c5', 'UZ', '', 'other', '2003-12-31', '2004-01-01', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 129, 'duplicate', '', 'R2003-000277', 1, 'active', 'f66c0a5101a38059', '792', '', 'transit', '2003-11-17', '2003-11-27', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 4, 'accepted', '', 'R2003-000001', 1, 'active', '33bdfff770887ed3', 'KGZ', 'CIS', 'WORK', '2003-01-01', '2003-01-02', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 10, 'accepted', '', 'R2003-000002', 1, 'active', 'ae9d15a997c2525b', 'KOR', 'FAR_ABROAD', 'WORK', '2002-12-23', '2003-01-02', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 23, 'accepted', '', 'R2003-000003', 1, 'active', 'dd83cf9f6c60dad5', 'RUS', 'CIS', 'BUSINESS', '2003-01-02', '2003-01-05', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 29, 'accepted', '', 'R2003-000004', 1, 'active', '15cba842334dcbbf', 'TKM', 'CIS', 'PRIVATE', '2003-01-07', '2003-01-07', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 35, 'accepted', '', 'R2003-000005', 1, 'active', '425e3733179a4537', 'TKM', 'CIS', 'WORK', '2003-01-04', '2003-01-07', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 53, 'accepted', '', 'R2003-000006', 1, 'active', 'a08ba5c301af40d8', 'VNM', 'FAR_ABROAD', 'TOURISM', '2003-01-01', '2003-01-08', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 59, 'accepted', '', 'R2003-000007', 1, 'active', 'dd83cf9f6c60dad5', 'RUS', 'CIS', 'WORK', '2002-12-29', '2003-01-08', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 65, 'accepted', '', 'R2003-000008', 1, 'active', '493456024cc8d4f7', 'TUR', 'FAR_ABROAD', 'WORK', '2002-12-31', '2003-01-10', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 71, 'accepted', '', 'R2003-000009', 1, 'active', '4e275576f95dfa0c', 'TUR', 'FAR_ABROAD', 'OTHER', '2003-01-10', '2003-01-10', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 77, 'accepted', '', 'R2003-000010', 1, 'active', '4326b29cfb9f19fb', 'RUS', 'CIS', 'PRIVATE', '2003-01-09', '2003-01-11', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 83, 'accepted', '', 'R2003-000011', 1, 'active', '807c51f82b85689d', 'BLR', 'CIS', 'PRIVATE', '2003-01-01', '2003-01-11', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 89, 'accepted', '', 'R2003-000012', 1, 'active', '43ca8b36aef9fd19', 'UZB', 'CIS', 'WORK', '2003-01-11', '2003-01-12', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 95, 'accepted', '', 'R2003-000013', 1, 'active', '33bdfff770887ed3', 'KGZ', 'CIS', 'STUDY', '2003-01-13', '2003-01-14', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 101, 'accepted', '', 'R2003-000014', 1, 'active', '64254d04c44a2819', 'CHN', 'FAR_ABROAD', 'WORK', '2003-01-09', '2003-01-14', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 107, 'accepted', '', 'R2003-000015', 1, 'active', 'a7b754c4777cec77', 'ITA', 'FAR_ABROAD', 'OTHER', '2003-01-13', '2003-01-15', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 113, 'accepted', '', 'R2003-000016', 1, 'active', 'e45b1a79b260dd9f', 'TUR', 'FAR_ABROAD', 'STUDY', '2003-01-13', '2003-01-18', 2, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 121, 'accepted', '', 'R2003-000018', 1, 'active', '74eabb7a27565d97', 'RUS', 'CIS', 'WORK', '2003-01-16', '2003-01-19', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 127, 'accepted', '', 'R2003-000019', 1, 'active', 'd0e03e53e5a425b7', 'RUS', 'CIS', 'BUSINESS', '2003-01-18', '2003-01-20', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 133, 'accepted', '', 'R2003-000021', 1, 'active', '3d804104d3d73024', 'CHN', 'FAR_ABROAD', 'PRIVATE', '2003-01-22', '2003-01-23', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 139, 'accepted', '', 'R2003-000022', 1, 'active', '7a254129260bb63a', 'RUS', 'CIS', 'STUDY', '2003-01-14', '2003-01-24', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 151, 'accepted', '', 'R2003-000023', 1, 'active', 'e72da0766c5169be', 'KGZ', 'CIS', 'WORK', '2003-01-14', '2003-01-24', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 157, 'accepted', '', 'R2003-000024', 1, 'active', 'd1e9b32da553104b', 'TUR', 'FAR_ABROAD', 'PRIVATE', '2003-01-25', '2003-01-26', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 163, 'accepted', '', 'R2003-000025', 1, 'active', '3685ee020071c4e2', 'TJK', 'CIS', 'OTHER', '2003-01-21', '2003-01-28', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 169, 'accepted', '', 'R2003-000026', 1, 'active', 'b09d513dd6971564', 'CHN', 'FAR_ABROAD', 'BUSINESS', '2003-01-26', '2003-01-29', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 175, 'accepted', '', 'R2003-000027', 1, 'active', 'f4b81ef0ae974b4b', 'KOR', 'FAR_ABROAD', 'PRIVATE', '2003-01-27', '2003-01-29', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-01.xml', 181, 'accepted', '', 'R2003-000030', 1, 'active', 'f8b2756974d84512', 'KGZ', 'CIS', 'PRIVATE', '2003-01-31', '2003-01-31', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 4, 'accepted', '', 'R2003-000020', 1, 'active', '936ca9e91475ddaf', 'TUR', 'FAR_ABROAD', 'TOURISM', '2003-01-19', '2003-01-21', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 10, 'accepted', '', 'R2003-000028', 1, 'active', '182d26b8112d0a7a', 'AZE', 'CIS', 'WORK', '2003-01-23', '2003-01-30', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 16, 'accepted', '', 'R2003-000031', 1, 'active', '8ed77b252ab61d50', 'IND', 'FAR_ABROAD', 'WORK', '2003-01-27', '2003-02-01', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 22, 'accepted', '', 'R2003-000032', 1, 'active', '182d26b8112d0a7a', 'AZE', 'CIS', 'STUDY', '2003-01-31', '2003-02-03', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 28, 'accepted', '', 'R2003-000033', 1, 'active', '51520b654383a292', 'FRA', 'FAR_ABROAD', 'TOURISM', '2003-01-29', '2003-02-03', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 34, 'accepted', '', 'R2003-000017', 2, 'active', '527a94fe43562ff8', 'UZB', 'CIS', 'OTHER', '2003-01-16', '2003-01-19', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 46, 'accepted', '', 'R2003-000035', 1, 'active', 'fd1472c440f096ff', 'UZB', 'CIS', 'WORK', '2003-02-01', '2003-02-03', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 52, 'accepted', '', 'R2003-000036', 1, 'active', '9e117842dda9b162', 'UZB', 'CIS', 'PRIVATE', '2003-02-03', '2003-02-05', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 58, 'accepted', '', 'R2003-000037', 1, 'active', 'b6dab631b095b664', 'TUR', 'FAR_ABROAD', 'WORK', '2003-02-03', '2003-02-05', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 64, 'accepted', '', 'R2003-000038', 1, 'active', '0124cd9667e28ce6', 'TJK', 'CIS', 'WORK', '2003-02-03', '2003-02-06', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 70, 'accepted', '', 'R2003-000039', 1, 'active', '3164ba6bd4a098b0', 'GEO', 'CIS', 'OTHER', '2003-02-10', '2003-02-11', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 76, 'accepted', '', 'R2003-000040', 1, 'active', '55f1bf16c0827da4', 'UZB', 'CIS', 'WORK', '2003-02-11', '2003-02-12', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 82, 'accepted', '', 'R2003-000041', 1, 'active', '7fd17ef041cbcd0a', 'ARM', 'CIS', 'BUSINESS', '2003-02-12', '2003-02-13', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 88, 'accepted', '', 'R2003-000042', 1, 'active', 'e6d327953ab8f932', 'ARM', 'CIS', 'WORK', '2003-02-10', '2003-02-13', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 94, 'accepted', '', 'R2003-000043', 1, 'active', '8955cb88420a7ffc', 'IRN', 'FAR_ABROAD', 'WORK', '2003-02-14', '2003-02-16', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 100, 'cancelled', '', 'R2003-000283', 2, 'cancelled', '41bfe3fb39d2baa1', 'UZB', 'CIS', 'PRIVATE', '2003-01-24', '2003-01-26', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 107, 'accepted', '', 'R2003-000044', 1, 'active', 'd2e9fb1b35ac3a9a', 'TUR', 'FAR_ABROAD', 'WORK', '2003-02-11', '2003-02-16', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 113, 'accepted', '', 'R2003-000045', 1, 'active', 'e6d327953ab8f932', 'ARM', 'CIS', 'PRIVATE', '2003-02-13', '2003-02-18', 1, 1);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 121, 'accepted', '', 'R2003-000046', 1, 'active', '41bf999aeb3f7133', 'RUS', 'CIS', 'OTHER', '2003-02-17', '2003-02-19', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 127, 'accepted', '', 'R2003-000047', 1, 'active', '51715fbf97312e90', 'TUR', 'FAR_ABROAD', 'STUDY', '2003-02-14', '2003-02-21', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 133, 'accepted', '', 'R2003-000048', 1, 'active', '5f9cbd708316443b', 'TUR', 'FAR_ABROAD', 'BUSINESS', '2003-02-19', '2003-02-21', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 139, 'accepted', '', 'R2003-000049', 1, 'active', 'f8b2756974d84512', 'KGZ', 'CIS', 'BUSINESS', '2003-02-19', '2003-02-21', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 145, 'accepted', '', 'R2003-000050', 1, 'active', '41bfe3fb39d2baa1', 'UZB', 'CIS', 'BUSINESS', '2003-02-22', '2003-02-22', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 151, 'accepted', '', 'R2003-000051', 1, 'active', '76484728fcd52983', 'TJK', 'CIS', 'BUSINESS', '2003-02-21', '2003-02-22', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 157, 'accepted', '', 'R2003-000052', 1, 'active', 'b2e99a7f5000ed8b', 'AFG', 'FAR_ABROAD', 'WORK', '2003-02-21', '2003-02-22', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-02.xml', 163, 'accepted', '', 'R2003-000053', 1, 'active', 'bbe9bb354120c5f0', 'UKR', 'CIS', 'BUSINESS', '2003-02-23', '2003-02-23', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 4, 'accepted', '', 'R2003-000034', 1, 'active', 'da92e78e07581ef9', 'AZE', 'CIS', 'WORK', '2003-01-31', '2003-02-03', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 10, 'accepted', '', 'R2003-000054', 1, 'active', '02a905286a4b6247', 'KGZ', 'CIS', 'WORK', '2003-02-26', '2003-03-01', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 16, 'accepted', '', 'R2003-000055', 1, 'active', 'be8c595910277684', 'GBR', 'FAR_ABROAD', 'BUSINESS', '2003-03-01', '2003-03-02', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 22, 'accepted', '', 'R2003-000056', 1, 'active', '1fe6110c7faee425', 'IRN', 'FAR_ABROAD', 'TOURISM', '2003-02-22', '2003-03-04', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 28, 'accepted', '', 'R2003-000057', 1, 'active', '6f54afdd286b3daf', 'UZB', 'CIS', 'TRANSIT', '2003-03-04', '2003-03-05', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 34, 'accepted', '', 'R2003-000059', 1, 'active', '7820b612c5953e9b', 'KOR', 'FAR_ABROAD', 'OTHER', '2003-03-02', '2003-03-07', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 40, 'accepted', '', 'R2003-000060', 1, 'active', '471499ff58134d69', 'KGZ', 'CIS', 'WORK', '2003-03-06', '2003-03-08', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 46, 'accepted', '', 'R2003-000029', 2, 'active', 'ece7e4832bb07a65', 'UZB', 'CIS', 'BUSINESS', '2003-01-30', '2003-01-30', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 52, 'accepted', '', 'R2003-000061', 1, 'active', 'e12890f00a4a87b3', 'KGZ', 'CIS', 'PRIVATE', '2003-03-07', '2003-03-08', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 58, 'accepted', '', 'R2003-000062', 1, 'active', '77a6a3ad09f51574', 'RUS', 'CIS', 'WORK', '2003-03-05', '2003-03-12', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 64, 'accepted', '', 'R2003-000063', 1, 'active', '80ade0d104350ca3', 'UZB', 'CIS', 'BUSINESS', '2003-03-03', '2003-03-13', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 70, 'accepted', '', 'R2003-000064', 1, 'active', '7186b9ff966738e8', 'DEU', 'FAR_ABROAD', 'WORK', '2003-03-12', '2003-03-14', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 76, 'accepted', '', 'R2003-000065', 1, 'active', 'aeb658fb297fc75d', 'AZE', 'CIS', 'PRIVATE', '2003-03-13', '2003-03-15', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 82, 'accepted', '', 'R2003-000066', 1, 'active', 'c189d8d6b9b09d70', 'ITA', 'FAR_ABROAD', 'PRIVATE', '2003-03-06', '2003-03-16', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 88, 'accepted', '', 'R2003-000067', 1, 'active', '735d92489f7959d1', 'UZB', 'CIS', 'BUSINESS', '2003-03-07', '2003-03-17', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 94, 'accepted', '', 'R2003-000068', 1, 'active', '4545358f5ca1eca5', 'RUS', 'CIS', 'OTHER', '2003-03-18', '2003-03-18', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 100, 'accepted', '', 'R2003-000069', 1, 'active', '3175ea54a76461ef', 'UZB', 'CIS', 'BUSINESS', '2003-03-12', '2003-03-19', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 106, 'accepted', '', 'R2003-000071', 1, 'active', 'd8b925d5ae48c68e', 'CHN', 'FAR_ABROAD', 'WORK', '2003-03-15', '2003-03-20', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 113, 'accepted', '', 'R2003-000072', 1, 'active', 'ff5b392cba61f409', 'XXA', 'STATELESS', 'WORK', '2003-03-18', '2003-03-20', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 119, 'accepted', '', 'R2003-000073', 1, 'active', 'df1ff5a327afd7ab', 'UZB', 'CIS', 'OTHER', '2003-03-11', '2003-03-21', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 125, 'accepted', '', 'R2003-000075', 1, 'active', '3929ef0ac26299fd', 'BLR', 'CIS', 'PRIVATE', '2003-03-21', '2003-03-24', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 131, 'accepted', '', 'R2003-000076', 1, 'active', '33cc39b6097b11fc', 'GEO', 'CIS', 'TOURISM', '2003-03-20', '2003-03-25', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 137, 'accepted', '', 'R2003-000077', 1, 'active', '79d79e67d01016ab', 'UZB', 'CIS', 'OTHER', '2003-03-23', '2003-03-25', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 143, 'accepted', '', 'R2003-000078', 1, 'active', 'dc26069853f49a42', 'TJK', 'CIS', 'TOURISM', '2003-03-24', '2003-03-26', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 149, 'accepted', '', 'R2003-000079', 1, 'active', 'f66c0a5101a38059', 'TUR', 'FAR_ABROAD', 'PRIVATE', '2003-03-21', '2003-03-26', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 155, 'accepted', '', 'R2003-000080', 1, 'active', '8cb3582828c95c53', 'UZB', 'CIS', 'WORK', '2003-03-27', '2003-03-28', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 161, 'accepted', '', 'R2003-000081', 1, 'active', 'f7118a50fbc2de5d', 'GEO', 'CIS', 'TOURISM', '2003-03-21', '2003-03-28', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 167, 'accepted', '', 'R2003-000082', 1, 'active', '7ec5b5f90202bd50', 'RUS', 'CIS', 'PRIVATE', '2003-03-28', '2003-03-30', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 173, 'accepted', '', 'R2003-000083', 1, 'active', 'b34ff8cac9c02b68', 'UZB', 'CIS', 'STUDY', '2003-03-27', '2003-03-30', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 185, 'accepted', '', 'R2003-000084', 1, 'active', 'c77a11fcb7b0c00c', 'CHN', 'FAR_ABROAD', 'WORK', '2003-03-30', '2003-03-30', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 191, 'accepted', '', 'R2003-000085', 1, 'active', 'd1a6cb14feb8aebe', 'KGZ', 'CIS', 'OTHER', '2003-03-28', '2003-03-30', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-03.xml', 197, 'accepted', '', 'R2003-000086', 1, 'active', 'bd2aacf5b6a012ce', 'CHN', 'FAR_ABROAD', 'TOURISM', '2003-03-31', '2003-03-31', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 4, 'accepted', '', 'R2003-000058', 1, 'active', '6f54afdd286b3daf', 'UZB', 'CIS', 'PRIVATE', '2003-03-05', '2003-03-06', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 10, 'accepted', '', 'R2003-000074', 1, 'active', 'e54a4b33e56d9be5', 'CHN', 'FAR_ABROAD', 'STUDY', '2003-03-17', '2003-03-22', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 16, 'accepted', '', 'R2003-000087', 1, 'active', 'fedb76182c57c47a', 'IRN', 'FAR_ABROAD', 'TOURISM', '2003-03-27', '2003-04-01', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 22, 'accepted', '', 'R2003-000088', 1, 'active', '7ba3100433e4ceca', 'CHN', 'FAR_ABROAD', 'PRIVATE', '2003-04-01', '2003-04-02', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 28, 'accepted', '', 'R2003-000089', 1, 'active', '965a5046a95d46f7', 'UZB', 'CIS', 'STUDY', '2003-04-01', '2003-04-02', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 34, 'accepted', '', 'R2003-000090', 1, 'active', '17b790dd62c166d8', 'KGZ', 'CIS', 'PRIVATE', '2003-04-03', '2003-04-03', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 40, 'accepted', '', 'R2003-000091', 1, 'active', 'c6eccfa86e27fa9a', 'UZB', 'CIS', 'OTHER', '2003-04-03', '2003-04-03', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 46, 'accepted', '', 'R2003-000092', 1, 'active', '4326b29cfb9f19fb', 'RUS', 'CIS', 'STUDY', '2003-04-03', '2003-04-06', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 52, 'accepted', '', 'R2003-000093', 1, 'active', '4d5fdd50d11fd6d4', 'UZB', 'CIS', 'TOURISM', '2003-03-29', '2003-04-08', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 58, 'accepted', '', 'R2003-000094', 1, 'active', '7fd17ef041cbcd0a', 'ARM', 'CIS', 'WORK', '2003-04-04', '2003-04-11', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 64, 'accepted', '', 'R2003-000095', 1, 'active', 'a2164e6938cace24', 'USA', 'FAR_ABROAD', 'TRANSIT', '2003-04-01', '2003-04-11', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 70, 'accepted', '', 'R2003-000096', 1, 'active', '3c2d7e3d25856aa1', 'UZB', 'CIS', 'BUSINESS', '2003-04-11', '2003-04-13', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 76, 'accepted', '', 'R2003-000097', 1, 'active', '3e087bc6e280496c', 'UZB', 'CIS', 'PRIVATE', '2003-04-15', '2003-04-16', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 82, 'accepted', '', 'R2003-000098', 1, 'active', '6ee351877927ce57', 'RUS', 'CIS', 'WORK', '2003-04-16', '2003-04-16', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 88, 'accepted', '', 'R2003-000099', 1, 'active', '737bb38483d42245', 'RUS', 'CIS', 'WORK', '2003-04-16', '2003-04-16', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 100, 'accepted', '', 'R2003-000100', 1, 'active', '787a36b3831c8703', 'UZB', 'CIS', 'PRIVATE', '2003-04-14', '2003-04-16', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 106, 'accepted', '', 'R2003-000101', 1, 'active', 'f95ab6ff85630270', 'RUS', 'CIS', 'PRIVATE', '2003-04-16', '2003-04-16', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 112, 'accepted', '', 'R2003-000102', 1, 'active', '970c1a56f27e627e', 'RUS', 'CIS', 'TOURISM', '2003-04-13', '2003-04-18', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 118, 'accepted', '', 'R2003-000103', 1, 'active', 'f96d1e1b4a066807', 'RUS', 'CIS', 'WORK', '2003-04-13', '2003-04-18', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 124, 'accepted', '', 'R2003-000104', 1, 'active', '807c51f82b85689d', 'BLR', 'CIS', 'BUSINESS', '2003-04-16', '2003-04-19', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 130, 'accepted', '', 'R2003-000105', 1, 'active', '4ef5f78dc2c7159f', 'UZB', 'CIS', 'PRIVATE', '2003-04-16', '2003-04-21', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 136, 'accepted', '', 'R2003-000106', 1, 'active', 'be8c595910277684', 'GBR', 'FAR_ABROAD', 'PRIVATE', '2003-04-20', '2003-04-21', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 142, 'accepted', '', 'R2003-000107', 1, 'active', 'de12d0e29a86f206', 'KGZ', 'CIS', 'PRIVATE', '2003-04-21', '2003-04-22', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 149, 'accepted', '', 'R2003-000108', 1, 'active', '6bdc993870098d91', 'ARM', 'CIS', 'PRIVATE', '2003-04-23', '2003-04-23', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 155, 'accepted', '', 'R2003-000109', 1, 'active', '8cb3582828c95c53', 'UZB', 'CIS', 'TOURISM', '2003-04-26', '2003-04-26', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 161, 'accepted', '', 'R2003-000110', 1, 'active', '3211ec310c2dbfde', 'JPN', 'FAR_ABROAD', 'STUDY', '2003-04-21', '2003-04-28', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 167, 'accepted', '', 'R2003-000111', 1, 'active', '7caf949eaf7c3f89', 'UZB', 'CIS', 'STUDY', '2003-04-27', '2003-04-28', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 173, 'accepted', '', 'R2003-000112', 1, 'active', '3c5f109ae04b66f2', 'TJK', 'CIS', 'PRIVATE', '2003-04-29', '2003-04-30', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-04.v2.xml', 179, 'accepted', '', 'R2003-000070', 2, 'active', 'acce3eac8e61cb2b', 'UZB', 'CIS', 'WORK', '2003-03-19', '2003-03-20', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 4, 'accepted', '', 'R2003-000113', 1, 'active', '0f138d36a8e4b923', 'IND', 'FAR_ABROAD', 'PRIVATE', '2003-04-26', '2003-05-01', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 16, 'accepted', '', 'R2003-000114', 1, 'active', '2de38cea23522c95', 'CHN', 'FAR_ABROAD', 'BUSINESS', '2003-05-01', '2003-05-02', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 23, 'accepted', '', 'R2003-000115', 1, 'active', '699aa87e59cebb2c', 'PAK', 'FAR_ABROAD', 'PRIVATE', '2003-05-02', '2003-05-05', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 29, 'accepted', '', 'R2003-000116', 1, 'active', '6560a2e858a978f1', 'USA', 'FAR_ABROAD', 'WORK', '2003-05-05', '2003-05-06', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 36, 'accepted', '', 'R2003-000117', 1, 'active', '34596bad43129ed1', 'UZB', 'CIS', 'STUDY', '2003-05-01', '2003-05-08', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 42, 'accepted', '', 'R2003-000118', 1, 'active', '93f4054d16d593a2', 'AZE', 'CIS', 'WORK', '2003-05-07', '2003-05-08', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 48, 'accepted', '', 'R2003-000119', 1, 'active', '5b5b7e717cd519ee', 'XXA', 'STATELESS', 'PRIVATE', '2003-05-05', '2003-05-12', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 60, 'accepted', '', 'R2003-000120', 1, 'active', '712d2b4747058798', 'CHN', 'FAR_ABROAD', 'TRANSIT', '2003-05-11', '2003-05-12', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 66, 'accepted', '', 'R2003-000121', 2, 'active', '49e591a6f15ae5cc', 'DEU', 'FAR_ABROAD', 'WORK', '2003-05-09', '2003-05-14', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 72, 'accepted', '', 'R2003-000122', 1, 'active', '737bb38483d42245', 'RUS', 'CIS', 'WORK', '2003-05-11', '2003-05-14', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 78, 'accepted', '', 'R2003-000123', 1, 'active', '00d171c630f4441f', 'UZB', 'CIS', 'PRIVATE', '2003-05-13', '2003-05-16', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 91, 'accepted', '', 'R2003-000124', 1, 'active', 'd2e9fb1b35ac3a9a', 'TUR', 'FAR_ABROAD', 'TOURISM', '2003-05-16', '2003-05-16', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 97, 'accepted', '', 'R2003-000125', 1, 'active', '0bd595608f4fbbaa', 'RUS', 'CIS', 'BUSINESS', '2003-05-12', '2003-05-17', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 103, 'accepted', '', 'R2003-000126', 1, 'active', '3650457b762d0a58', 'KGZ', 'CIS', 'TRANSIT', '2003-05-07', '2003-05-17', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 109, 'accepted', '', 'R2003-000127', 1, 'active', 'f66c0a5101a38059', 'TUR', 'FAR_ABROAD', 'BUSINESS', '2003-05-17', '2003-05-17', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 115, 'accepted', '', 'R2003-000128', 1, 'active', '30c7fbac6a2d404d', 'TJK', 'CIS', 'WORK', '2003-05-09', '2003-05-19', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 121, 'accepted', '', 'R2003-000129', 1, 'active', 'a7071ae200bf326e', 'TUR', 'FAR_ABROAD', 'BUSINESS', '2003-05-12', '2003-05-19', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 127, 'accepted', '', 'R2003-000130', 1, 'active', 'bd1eb2419864d63e', 'UZB', 'CIS', 'WORK', '2003-05-20', '2003-05-22', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 133, 'accepted', '', 'R2003-000131', 1, 'active', '3650457b762d0a58', 'KGZ', 'CIS', 'TOURISM', '2003-05-20', '2003-05-23', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 139, 'accepted', '', 'R2003-000132', 1, 'active', '4e69a03b2946b8df', 'UKR', 'CIS', 'WORK', '2003-05-23', '2003-05-23', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 145, 'accepted', '', 'R2003-000133', 1, 'active', '4c044ccb83d8398f', 'RUS', 'CIS', 'STUDY', '2003-05-21', '2003-05-24', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 151, 'accepted', '', 'R2003-000135', 1, 'active', '5a6e7d2283ed4575', 'MNG', 'FAR_ABROAD', 'PRIVATE', '2003-05-20', '2003-05-27', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 157, 'accepted', '', 'R2003-000136', 1, 'active', '91b2133b06a6b2bd', 'UZB', 'CIS', 'STUDY', '2003-05-27', '2003-05-27', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 163, 'accepted', '', 'R2003-000137', 1, 'active', '0c38cc037744f877', 'UZB', 'CIS', 'WORK', '2003-05-26', '2003-05-28', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 169, 'accepted', '', 'R2003-000138', 1, 'active', '17b790dd62c166d8', 'KGZ', 'CIS', 'WORK', '2003-05-25', '2003-05-28', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 181, 'accepted', '', 'R2003-000139', 1, 'active', 'd4427b6d39b941b0', 'CHN', 'FAR_ABROAD', 'TOURISM', '2003-05-23', '2003-05-28', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-05.xml', 187, 'accepted', '', 'R2003-000140', 1, 'active', '9649c69f4ea9aa95', 'DEU', 'FAR_ABROAD', 'BUSINESS', '2003-05-27', '2003-05-30', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 4, 'accepted', '', 'R2003-000141', 1, 'active', '8955cb88420a7ffc', 'IRN', 'FAR_ABROAD', 'WORK', '2003-06-01', '2003-06-02', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 10, 'accepted', '', 'R2003-000142', 1, 'active', '6931e76d84d82e14', 'KGZ', 'CIS', 'STUDY', '2003-06-03', '2003-06-04', 2, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 18, 'accepted', '', 'R2003-000143', 1, 'active', 'c4684072d89fb9aa', 'CHN', 'FAR_ABROAD', 'WORK', '2003-06-02', '2003-06-05', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 24, 'accepted', '', 'R2003-000145', 1, 'active', '82f99fd8fbf5ff3b', 'TUR', 'FAR_ABROAD', 'TOURISM', '2003-06-09', '2003-06-11', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 30, 'cancelled', '', 'R2003-000284', 2, 'cancelled', '845ea455c7dbe259', 'CHN', 'FAR_ABROAD', 'TRANSIT', '2003-04-18', '2003-04-20', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 36, 'accepted', '', 'R2003-000146', 1, 'active', '3211ec310c2dbfde', 'JPN', 'FAR_ABROAD', 'PRIVATE', '2003-06-07', '2003-06-12', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 42, 'accepted', '', 'R2003-000147', 1, 'active', '15d1308f8f04a652', 'XXA', 'STATELESS', 'STUDY', '2003-06-12', '2003-06-13', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 48, 'accepted', '', 'R2003-000148', 1, 'active', '718453788d2a1a70', 'TJK', 'CIS', 'OTHER', '2003-06-06', '2003-06-13', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 54, 'accepted', '', 'R2003-000149', 1, 'active', '7cfc352fff67b22c', 'RUS', 'CIS', 'PRIVATE', '2003-06-08', '2003-06-13', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 60, 'accepted', '', 'R2003-000150', 1, 'active', '699aa87e59cebb2c', 'PAK', 'FAR_ABROAD', 'STUDY', '2003-06-14', '2003-06-14', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 66, 'accepted', '', 'R2003-000151', 1, 'active', 'bc2397aff6729e1b', 'KGZ', 'CIS', 'STUDY', '2003-06-15', '2003-06-15', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 72, 'accepted', '', 'R2003-000152', 1, 'active', '2d965dcfcc659ef6', 'TUR', 'FAR_ABROAD', 'BUSINESS', '2003-06-17', '2003-06-17', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 78, 'accepted', '', 'R2003-000153', 1, 'active', '737bb38483d42245', 'RUS', 'CIS', 'WORK', '2003-06-16', '2003-06-17', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 84, 'accepted', '', 'R2003-000154', 1, 'active', 'bd1eb2419864d63e', 'UZB', 'CIS', 'WORK', '2003-06-07', '2003-06-17', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 90, 'accepted', '', 'R2003-000155', 1, 'active', '5abdb1eade3ef05d', 'UZB', 'CIS', 'BUSINESS', '2003-06-17', '2003-06-18', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 102, 'accepted', '', 'R2003-000157', 1, 'active', 'f95ab6ff85630270', 'RUS', 'CIS', 'BUSINESS', '2003-06-19', '2003-06-19', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 108, 'accepted', '', 'R2003-000158', 1, 'active', '1d223f756b44da51', 'UKR', 'CIS', 'TOURISM', '2003-06-20', '2003-06-21', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 114, 'accepted', '', 'R2003-000159', 1, 'active', '34596bad43129ed1', 'UZB', 'CIS', 'PRIVATE', '2003-06-13', '2003-06-23', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 127, 'accepted', '', 'R2003-000160', 1, 'active', '3d804104d3d73024', 'CHN', 'FAR_ABROAD', 'WORK', '2003-06-22', '2003-06-24', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 133, 'accepted', '', 'R2003-000161', 1, 'active', 'a193219959476533', 'CHN', 'FAR_ABROAD', 'TRANSIT', '2003-06-25', '2003-06-25', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 139, 'accepted', '', 'R2003-000162', 1, 'active', '27ed72e586f90975', 'KGZ', 'CIS', 'TOURISM', '2003-06-28', '2003-06-30', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-06.xml', 151, 'accepted', '', 'R2003-000163', 1, 'active', 'd2e9fb1b35ac3a9a', 'TUR', 'FAR_ABROAD', 'BUSINESS', '2003-06-29', '2003-06-30', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 4, 'accepted', '', 'R2003-000144', 1, 'active', 'ea70e9cc0845d331', 'UKR', 'CIS', 'PRIVATE', '2003-06-10', '2003-06-10', 1, 1);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 12, 'accepted', '', 'R2003-000164', 1, 'active', 'a2164e6938cace24', 'USA', 'FAR_ABROAD', 'PRIVATE', '2003-06-26', '2003-07-01', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 18, 'accepted', '', 'R2003-000165', 1, 'active', '9649c69f4ea9aa95', 'DEU', 'FAR_ABROAD', 'TOURISM', '2003-07-02', '2003-07-02', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 24, 'accepted', '', 'R2003-000166', 1, 'active', '791a7e74c78697b9', 'RUS', 'CIS', 'PRIVATE', '2003-07-03', '2003-07-03', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 30, 'accepted', '', 'R2003-000134', 2, 'active', '02f338b226c2c546', '', 'NOT_STATED', 'PRIVATE', '2003-05-15', '2003-05-25', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 36, 'accepted', '', 'R2003-000167', 1, 'active', '5dd0a7566f80fb6a', 'CHN', 'FAR_ABROAD', 'STUDY', '2003-07-08', '2003-07-08', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 42, 'accepted', '', 'R2003-000156', 2, 'active', 'd0e03e53e5a425b7', 'RUS', 'CIS', 'BUSINESS', '2003-06-19', '2003-06-19', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 54, 'accepted', '', 'R2003-000168', 1, 'active', 'c6a8e8f8dc76a93a', 'RUS', 'CIS', 'STUDY', '2003-07-09', '2003-07-09', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 60, 'accepted', '', 'R2003-000169', 1, 'active', 'd25f31ca4eab1927', 'UZB', 'CIS', 'PRIVATE', '2003-07-02', '2003-07-09', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 66, 'accepted', '', 'R2003-000170', 1, 'active', '5d4cac9732359216', 'RUS', 'CIS', 'PRIVATE', '2003-07-11', '2003-07-11', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 72, 'accepted', '', 'R2003-000171', 1, 'active', '5a6e7d2283ed4575', 'MNG', 'FAR_ABROAD', 'STUDY', '2003-07-05', '2003-07-12', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 78, 'accepted', '', 'R2003-000172', 1, 'active', '6ef1f2f7b1ae7755', 'IND', 'FAR_ABROAD', 'WORK', '2003-07-12', '2003-07-12', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 84, 'accepted', '', 'R2003-000173', 1, 'active', 'a4de5aedf2e5824a', 'RUS', 'CIS', 'WORK', '2003-07-14', '2003-07-15', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 90, 'accepted', '', 'R2003-000174', 1, 'active', '2d965dcfcc659ef6', 'TUR', 'FAR_ABROAD', 'BUSINESS', '2003-07-11', '2003-07-16', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 96, 'accepted', '', 'R2003-000175', 1, 'active', '77a6a3ad09f51574', 'RUS', 'CIS', 'OTHER', '2003-07-08', '2003-07-18', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 102, 'accepted', '', 'R2003-000177', 1, 'active', 'c189d8d6b9b09d70', 'ITA', 'FAR_ABROAD', 'WORK', '2003-07-17', '2003-07-20', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 108, 'accepted', '', 'R2003-000178', 1, 'active', 'd857ae1cc2315b83', 'ARM', 'CIS', 'WORK', '2003-07-19', '2003-07-20', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 114, 'accepted', '', 'R2003-000179', 1, 'active', '01fff402e8868dfd', 'XXA', 'STATELESS', 'BUSINESS', '2003-07-20', '2003-07-22', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 120, 'accepted', '', 'R2003-000180', 1, 'active', '5f9cbd708316443b', 'TUR', 'FAR_ABROAD', 'WORK', '2003-07-15', '2003-07-22', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 126, 'accepted', '', 'R2003-000181', 1, 'active', '9a5bf8ffb9953319', 'AFG', 'FAR_ABROAD', 'OTHER', '2003-07-20', '2003-07-23', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 132, 'accepted', '', 'R2003-000182', 1, 'active', 'a4de5aedf2e5824a', 'RUS', 'CIS', 'PRIVATE', '2003-07-18', '2003-07-23', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 138, 'accepted', '', 'R2003-000183', 1, 'active', 'b53bf711a8e4072b', 'UZB', 'CIS', 'WORK', '2003-07-13', '2003-07-23', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 144, 'cancelled', '', 'R2003-000281', 1, 'cancelled', 'dd7f9a1e9c339e8c', 'MDA', 'CIS', 'PRIVATE', '2003-07-14', '2003-07-16', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 151, 'accepted', '', 'R2003-000184', 1, 'active', '62baabda8c8ad07e', 'MNG', 'FAR_ABROAD', 'WORK', '2003-07-21', '2003-07-24', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 157, 'accepted', '', 'R2003-000185', 1, 'active', 'bbe9bb354120c5f0', 'UKR', 'CIS', 'PRIVATE', '2003-07-22', '2003-07-25', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 163, 'accepted', '', 'R2003-000186', 1, 'active', 'c06216f43c03b511', 'CHN', 'FAR_ABROAD', 'STUDY', '2003-07-23', '2003-07-26', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 169, 'accepted', '', 'R2003-000187', 1, 'active', '40339c7a3814039e', 'UZB', 'CIS', 'OTHER', '2003-07-27', '2003-07-27', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 175, 'accepted', '', 'R2003-000188', 1, 'active', '471499ff58134d69', 'KGZ', 'CIS', 'WORK', '2003-07-27', '2003-07-27', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 188, 'accepted', '', 'R2003-000189', 1, 'active', '30c7fbac6a2d404d', 'TJK', 'CIS', 'WORK', '2003-07-26', '2003-07-29', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 194, 'accepted', '', 'R2003-000190', 1, 'active', '16bb8049817549a4', 'TUR', 'FAR_ABROAD', 'PRIVATE', '2003-07-29', '2003-07-30', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 200, 'accepted', '', 'R2003-000191', 1, 'active', '1ef672e7aeb4025a', 'USA', 'FAR_ABROAD', 'PRIVATE', '2003-07-30', '2003-07-31', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-07.xml', 206, 'accepted', '', 'R2003-000192', 1, 'active', '41bf999aeb3f7133', 'RUS', 'CIS', 'PRIVATE', '2003-07-31', '2003-07-31', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 4, 'accepted', '', 'R2003-000176', 1, 'active', '1fe6110c7faee425', 'IRN', 'FAR_ABROAD', 'TRANSIT', '2003-07-18', '2003-07-19', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 10, 'accepted', '', 'R2003-000193', 1, 'active', 'ff5b392cba61f409', 'XXA', 'STATELESS', 'WORK', '2003-08-03', '2003-08-05', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 16, 'accepted', '', 'R2003-000195', 1, 'active', 'ff5b392cba61f409', 'XXA', 'STATELESS', 'WORK', '2003-08-10', '2003-08-11', 0, 1);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 23, 'accepted', '', 'R2003-000196', 1, 'active', '830ba0252552e130', 'TUR', 'FAR_ABROAD', 'PRIVATE', '2003-08-11', '2003-08-12', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 29, 'cancelled', '', 'R2003-000282', 1, 'cancelled', '2d11b2130a204bc7', 'UZB', 'CIS', 'BUSINESS', '2003-08-24', '2003-08-26', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 35, 'accepted', '', 'R2003-000197', 1, 'active', 'b8678324f535ba34', 'UZB', 'CIS', 'PRIVATE', '2003-08-08', '2003-08-13', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 41, 'accepted', '', 'R2003-000198', 1, 'active', '99c8f26735c2fac6', 'KOR', 'FAR_ABROAD', 'STUDY', '2003-08-15', '2003-08-16', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 47, 'accepted', '', 'R2003-000199', 1, 'active', 'd25f31ca4eab1927', 'UZB', 'CIS', 'PRIVATE', '2003-08-16', '2003-08-16', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 53, 'accepted', '', 'R2003-000200', 1, 'active', '3eec64f8efe92a91', 'ARM', 'CIS', 'BUSINESS', '2003-08-10', '2003-08-17', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 59, 'accepted', '', 'R2003-000201', 1, 'active', '91d337ceb6a2a2db', 'XXA', 'STATELESS', 'PRIVATE', '2003-08-12', '2003-08-17', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 66, 'accepted', '', 'R2003-000202', 1, 'active', '5b5b7e717cd519ee', 'XXA', 'STATELESS', 'WORK', '2003-08-18', '2003-08-18', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 72, 'accepted', '', 'R2003-000203', 1, 'active', '7ec5b5f90202bd50', 'RUS', 'CIS', 'WORK', '2003-08-11', '2003-08-18', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 78, 'accepted', '', 'R2003-000204', 1, 'active', '8a892086d5bf220b', 'UZB', 'CIS', 'PRIVATE', '2003-08-18', '2003-08-18', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 84, 'accepted', '', 'R2003-000205', 1, 'active', 'a83462d9abaf6ee6', '', 'NOT_STATED', 'PRIVATE', '2003-08-13', '2003-08-18', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 90, 'accepted', '', 'R2003-000206', 1, 'active', 'd0d6ed6f9f83c48b', 'UKR', 'CIS', 'WORK', '2003-08-15', '2003-08-18', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 96, 'accepted', '', 'R2003-000207', 1, 'active', '471499ff58134d69', 'KGZ', 'CIS', 'PRIVATE', '2003-08-17', '2003-08-19', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 103, 'accepted', '', 'R2003-000208', 1, 'active', '73c03ecb8104089e', 'UZB', 'CIS', 'WORK', '2003-08-22', '2003-08-22', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 109, 'accepted', '', 'R2003-000209', 1, 'active', 'e1c12d0f898ea5a7', 'CHN', 'FAR_ABROAD', 'WORK', '2003-08-20', '2003-08-22', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 115, 'accepted', '', 'R2003-000210', 1, 'active', '853a94d69a90bcd5', 'CHN', 'FAR_ABROAD', 'OTHER', '2003-08-23', '2003-08-24', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 121, 'accepted', '', 'R2003-000211', 1, 'active', 'dd7f9a1e9c339e8c', 'MDA', 'CIS', 'WORK', '2003-08-22', '2003-08-27', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 127, 'accepted', '', 'R2003-000212', 1, 'active', '64254d04c44a2819', 'CHN', 'FAR_ABROAD', 'BUSINESS', '2003-08-23', '2003-08-28', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 133, 'accepted', '', 'R2003-000213', 1, 'active', '2f4a396def57c70e', 'TJK', 'CIS', 'BUSINESS', '2003-08-19', '2003-08-29', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 139, 'accepted', '', 'R2003-000214', 1, 'active', '51520b654383a292', 'FRA', 'FAR_ABROAD', 'BUSINESS', '2003-08-28', '2003-08-29', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 145, 'accepted', '', 'R2003-000215', 1, 'active', '5f9cbd708316443b', 'TUR', 'FAR_ABROAD', 'STUDY', '2003-08-27', '2003-08-29', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-08.xml', 157, 'accepted', '', 'R2003-000216', 1, 'active', '0a5ae61526fbe14e', 'TUR', 'FAR_ABROAD', 'TOURISM', '2003-08-30', '2003-08-30', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-09.xml', 4, 'accepted', '', 'R2003-000194', 1, 'active', 'd2e68750efdc5a54', 'RUS', 'CIS', 'TOURISM', '2003-08-07', '2003-08-08', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-09.xml', 10, 'accepted', '', 'R2003-000217', 1, 'active', '49e591a6f15ae5cc', 'DEU', 'FAR_ABROAD', 'BUSINESS', '2003-08-31', '2003-09-03', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-09.xml', 16, 'accepted', '', 'R2003-000218', 1, 'active', 'b2e99a7f5000ed8b', 'AFG', 'FAR_ABROAD', 'PRIVATE', '2003-08-27', '2003-09-03', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-09.xml', 22, 'accepted', '', 'R2003-000219', 1, 'active', 'f45b94b8787a189f', 'AZE', 'CIS', 'WORK', '2003-09-03', '2003-09-03', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-09.xml', 28, 'accepted', '', 'R2003-000220', 1, 'active', '92dd4b91738349f6', 'RUS', 'CIS', 'STUDY', '2003-09-03', '2003-09-04', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-09.xml', 34, 'accepted', '', 'R2003-000221', 1, 'active', '3394d1c9a8b67d85', 'PAK', 'FAR_ABROAD', 'PRIVATE', '2003-09-06', '2003-09-09', 0, 1);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-09.xml', 41, 'accepted', '', 'R2003-000223', 1, 'active', '5dd0a7566f80fb6a', 'CHN', 'FAR_ABROAD', 'TRANSIT', '2003-09-09', '2003-09-14', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-09.xml', 47, 'accepted', '', 'R2003-000224', 1, 'active', '1ef672e7aeb4025a', 'USA', 'FAR_ABROAD', 'TRANSIT', '2003-09-15', '2003-09-18', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-09.xml', 59, 'accepted', '', 'R2003-000225', 1, 'active', '144ce26eeaa3fdc1', 'UZB', 'CIS', 'BUSINESS', '2003-09-14', '2003-09-19', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-09.xml', 65, 'accepted', '', 'R2003-000226', 1, 'active', '0f138d36a8e4b923', 'IND', 'FAR_ABROAD', 'PRIVATE', '2003-09-22', '2003-09-23', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-09.xml', 71, 'accepted', '', 'R2003-000227', 1, 'active', '1d223f756b44da51', 'UKR', 'CIS', 'BUSINESS', '2003-09-24', '2003-09-25', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-09.xml', 77, 'accepted', '', 'R2003-000228', 1, 'active', '16bb8049817549a4', 'TUR', 'FAR_ABROAD', 'WORK', '2003-09-19', '2003-09-26', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-09.xml', 83, 'accepted', '', 'R2003-000229', 1, 'active', 'f07771035b4ac69e', 'UZB', 'CIS', 'OTHER', '2003-09-27', '2003-09-27', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-09.xml', 89, 'accepted', '', 'R2003-000230', 1, 'active', '38b5e8e2032cc023', 'CHN', 'FAR_ABROAD', 'BUSINESS', '2003-09-26', '2003-09-29', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 4, 'accepted', '', 'R2003-000222', 1, 'active', '5dd0a7566f80fb6a', 'CHN', 'FAR_ABROAD', 'WORK', '2003-09-05', '2003-09-10', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 10, 'accepted', '', 'R2003-000231', 1, 'active', 'd857ae1cc2315b83', 'ARM', 'CIS', 'PRIVATE', '2003-09-27', '2003-09-29', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 22, 'accepted', '', 'R2003-000232', 1, 'active', '8fe3237b22b93d8c', 'KGZ', 'CIS', 'BUSINESS', '2003-09-29', '2003-10-01', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 34, 'accepted', '', 'R2003-000233', 1, 'active', 'a2164e6938cace24', 'USA', 'FAR_ABROAD', 'WORK', '2003-09-30', '2003-10-01', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 40, 'accepted', '', 'R2003-000234', 1, 'active', 'ed563fea25901407', 'KGZ', 'CIS', 'PRIVATE', '2003-09-24', '2003-10-01', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 46, 'accepted', '', 'R2003-000235', 1, 'active', '66028660cd65becf', 'RUS', 'CIS', 'PRIVATE', '2003-09-25', '2003-10-02', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 52, 'accepted', '', 'R2003-000236', 1, 'active', 'bab0e4ae21dd6685', 'CHN', 'FAR_ABROAD', 'PRIVATE', '2003-10-02', '2003-10-03', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 58, 'accepted', '', 'R2003-000237', 1, 'active', '4545358f5ca1eca5', 'RUS', 'CIS', 'WORK', '2003-09-24', '2003-10-04', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 64, 'accepted', '', 'R2003-000238', 1, 'active', '37934cafd47e19fb', 'TUR', 'FAR_ABROAD', 'TRANSIT', '2003-09-29', '2003-10-06', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 70, 'accepted', '', 'R2003-000239', 1, 'active', '9a5bf8ffb9953319', 'AFG', 'FAR_ABROAD', 'WORK', '2003-10-05', '2003-10-06', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 76, 'accepted', '', 'R2003-000240', 2, 'active', '527a94fe43562ff8', 'UZB', 'CIS', 'WORK', '2003-10-02', '2003-10-07', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 82, 'accepted', '', 'R2003-000241', 1, 'active', 'a4514b30be47354d', 'GEO', 'CIS', 'STUDY', '2003-10-06', '2003-10-07', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 89, 'accepted', '', 'R2003-000242', 1, 'active', 'bd5c79db313dab92', 'UKR', 'CIS', 'PRIVATE', '2003-10-05', '2003-10-08', 0, 1);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 102, 'accepted', '', 'R2003-000243', 1, 'active', 'f4b81ef0ae974b4b', 'KOR', 'FAR_ABROAD', 'PRIVATE', '2003-10-09', '2003-10-09', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 108, 'accepted', '', 'R2003-000244', 1, 'active', '0f138d36a8e4b923', 'IND', 'FAR_ABROAD', 'PRIVATE', '2003-10-10', '2003-10-11', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 114, 'accepted', '', 'R2003-000245', 1, 'active', '590a8c1f972559fc', 'KGZ', 'CIS', 'TRANSIT', '2003-10-10', '2003-10-17', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 120, 'accepted', '', 'R2003-000246', 1, 'active', '853a94d69a90bcd5', 'CHN', 'FAR_ABROAD', 'STUDY', '2003-10-19', '2003-10-19', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 132, 'accepted', '', 'R2003-000247', 1, 'active', '3c5f109ae04b66f2', 'TJK', 'CIS', 'WORK', '2003-10-13', '2003-10-20', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 138, 'accepted', '', 'R2003-000248', 1, 'active', 'aeb658fb297fc75d', 'AZE', 'CIS', 'BUSINESS', '2003-10-19', '2003-10-20', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 144, 'accepted', '', 'R2003-000249', 1, 'active', '2a5c386ebc26c17b', 'KGZ', 'CIS', 'BUSINESS', '2003-10-20', '2003-10-21', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 150, 'accepted', '', 'R2003-000250', 1, 'active', '49e591a6f15ae5cc', 'DEU', 'FAR_ABROAD', 'PRIVATE', '2003-10-14', '2003-10-21', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 156, 'accepted', '', 'R2003-000251', 1, 'active', '06833dd7dd429e01', 'CHN', 'FAR_ABROAD', 'TOURISM', '2003-10-18', '2003-10-23', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 162, 'accepted', '', 'R2003-000252', 1, 'active', 'f07771035b4ac69e', 'UZB', 'CIS', 'TRANSIT', '2003-10-18', '2003-10-23', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 168, 'accepted', '', 'R2003-000253', 1, 'active', '27ed72e586f90975', 'KGZ', 'CIS', 'WORK', '2003-10-15', '2003-10-25', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 174, 'accepted', '', 'R2003-000254', 1, 'active', '931de7a1fde72ad1', 'CHN', 'FAR_ABROAD', 'WORK', '2003-10-22', '2003-10-25', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 180, 'accepted', '', 'R2003-000255', 1, 'active', '1ef672e7aeb4025a', 'USA', 'FAR_ABROAD', 'WORK', '2003-10-21', '2003-10-26', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 186, 'accepted', '', 'R2003-000256', 1, 'active', '2343e383dc397c72', '', 'NOT_STATED', 'WORK', '2003-10-24', '2003-10-27', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 192, 'accepted', '', 'R2003-000257', 1, 'active', 'e45b1a79b260dd9f', 'TUR', 'FAR_ABROAD', 'OTHER', '2003-10-22', '2003-10-27', 0, 1);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 206, 'cancelled', '', 'R2003-000285', 2, 'cancelled', 'bd1eb2419864d63e', 'UZB', 'CIS', 'BUSINESS', '2003-10-28', '2003-10-30', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 213, 'accepted', '', 'R2003-000258', 1, 'active', '21d10e0b1d286773', 'TUR', 'FAR_ABROAD', 'STUDY', '2003-10-25', '2003-10-28', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 220, 'accepted', '', 'R2003-000259', 1, 'active', 'b34ff8cac9c02b68', 'UZB', 'CIS', 'PRIVATE', '2003-10-27', '2003-10-28', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 226, 'accepted', '', 'R2003-000260', 1, 'active', 'e548d59e04dd3b79', 'MNG', 'FAR_ABROAD', 'PRIVATE', '2003-10-18', '2003-10-28', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 232, 'accepted', '', 'R2003-000261', 1, 'active', 'f4b81ef0ae974b4b', 'KOR', 'FAR_ABROAD', 'TOURISM', '2003-10-18', '2003-10-28', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-10.xml', 238, 'accepted', '', 'R2003-000262', 1, 'active', '20e31989b7e9ee7d', 'UZB', 'CIS', 'PRIVATE', '2003-10-26', '2003-10-29', 2, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 10, 'accepted', '', 'R2003-000263', 1, 'active', '4bf922fe57e84e73', '', 'NOT_STATED', 'WORK', '2003-10-31', '2003-11-02', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 16, 'accepted', '', 'R2003-000264', 1, 'active', '33bdfff770887ed3', 'KGZ', 'CIS', 'OTHER', '2003-11-01', '2003-11-03', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 22, 'accepted', '', 'R2003-000265', 1, 'active', '7fd17ef041cbcd0a', 'ARM', 'CIS', 'PRIVATE', '2003-10-26', '2003-11-05', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 28, 'accepted', '', 'R2003-000266', 1, 'active', 'c4f593b28766efb2', 'KGZ', 'CIS', 'TRANSIT', '2003-11-05', '2003-11-05', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 34, 'accepted', '', 'R2003-000267', 1, 'active', 'fb5c59335b714824', 'TUR', 'FAR_ABROAD', 'WORK', '2003-11-04', '2003-11-05', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 40, 'accepted', '', 'R2003-000268', 1, 'active', 'e22611cfba5eac9c', 'UZB', 'CIS', 'PRIVATE', '2003-11-06', '2003-11-06', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 46, 'accepted', '', 'R2003-000269', 1, 'active', '99c8f26735c2fac6', 'KOR', 'FAR_ABROAD', 'WORK', '2003-10-28', '2003-11-07', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 52, 'accepted', '', 'R2003-000270', 1, 'active', 'a377ced142ca4d35', 'TJK', 'CIS', 'WORK', '2003-11-09', '2003-11-09', 2, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 66, 'accepted', '', 'R2003-000271', 1, 'active', 'fb5c59335b714824', 'TUR', 'FAR_ABROAD', 'OTHER', '2003-11-02', '2003-11-09', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 72, 'accepted', '', 'R2003-000272', 1, 'active', '0ff008d54fa62329', 'UZB', 'CIS', 'TRANSIT', '2003-11-13', '2003-11-15', 1, 1);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 80, 'accepted', '', 'R2003-000273', 1, 'active', 'ebf804697147a96b', 'UKR', 'CIS', 'PRIVATE', '2003-11-16', '2003-11-18', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 86, 'accepted', '', 'R2003-000274', 1, 'active', '38b57a5fa4954cf9', 'DEU', 'FAR_ABROAD', 'WORK', '2003-11-21', '2003-11-21', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 92, 'accepted', '', 'R2003-000275', 1, 'active', 'ed164eb1f816f6df', 'TJK', 'CIS', 'WORK', '2003-11-19', '2003-11-24', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 98, 'accepted', '', 'R2003-000276', 1, 'active', '5b97deabc731095a', 'UZB', 'CIS', 'WORK', '2003-11-24', '2003-11-27', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 104, 'accepted', '', 'R2003-000277', 1, 'active', 'f66c0a5101a38059', 'TUR', 'FAR_ABROAD', 'TRANSIT', '2003-11-17', '2003-11-27', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 110, 'accepted', '', 'R2003-000278', 1, 'active', '3164ba6bd4a098b0', 'GEO', 'CIS', 'OTHER', '2003-11-21', '2003-11-28', 0, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 116, 'accepted', '', 'R2003-000279', 1, 'active', '41bf999aeb3f7133', 'RUS', 'CIS', 'WORK', '2003-11-22', '2003-11-29', 1, 0);
INSERT INTO records.police_registration VALUES (2003, 'police-registrations/2003/registrations-2003-11.xml', 123, 'accepted', '', 'R2003-000280', 1, 'active', '64254d04c44a2819', 'CHN', 'FAR_ABROAD', 'PRIVATE', '2003-11-26', '2003-11-29', 0, 0);


--
-- Data for Name: population_row; Type: TABLE DATA; Schema: records; Owner: -
--

INSERT INTO records.population_row VALUES (2003, 'population/2003/population-2003.csv', 2, 'accepted', '', 'START', '2003-01-01', 'M', 244871, '');
INSERT INTO records.population_row VALUES (2003, 'population/2003/population-2003.csv', 3, 'accepted', '', 'START', '2003-01-01', 'F', 265390, '');
INSERT INTO records.population_row VALUES (2003, 'population/2003/population-2003.csv', 4, 'rejected', 'duplicate row', 'численность населения', '01.01.2003', 'мужской', 244800, '');
INSERT INTO records.population_row VALUES (2003, 'population/2003/population-2003.csv', 5, 'accepted', '', 'ADJUSTMENT', '2003-10-14', 'M', -426, 'қайта санау: тұрғылықты жерінен шығып кеткендер есептен алынды');
INSERT INTO records.population_row VALUES (2003, 'population/2003/population-2003.csv', 6, 'rejected', 'outside reporting year', 'түзету', '21.12.2002', 'м', 361, 'өткен жылғы түзету');
INSERT INTO records.population_row VALUES (2003, 'population/2003/population-2003.csv', 7, 'rejected', 'impossible date', 'түзету', '31.11.2003', 'мужской', 182, 'қайта есептеу');
INSERT INTO records.population_row VALUES (2003, 'population/2003/population-2003.csv', 8, 'accepted', '', 'ADJUSTMENT', '2003-10-14', 'F', -391, 'қайта санау: тұрғылықты жерінен шығып кеткендер есептен алынды');
INSERT INTO records.population_row VALUES (2003, 'population/2003/population-2003.csv', 9, 'rejected', 'unknown item', 'көші-қон сальдосы', '31.12.2003', 'м', 20037, '');
INSERT INTO records.population_row VALUES (2003, 'population/2003/population-2003.csv', 10, 'rejected', 'invalid count', 'корректировка', '20.03.2003', 'ер', NULL, 'қайта есептеу');


--
-- Data for Name: refugee_case; Type: TABLE DATA; Schema: records; Owner: -
--

INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-01.xml', 4, 'rejected', 'missing docHash', 'RC-2003-0074', 1, '', '', 'TJK', '', 1, '2003-01-27', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-01.xml', 23, 'rejected', 'outside reporting year', 'RC-2002-0049', 1, '', 'fae81da5727b8a86', 'Афганистан', '', 2, '2002-12-14', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-01.xml', 48, 'superseded', '', 'RC-2003-0004', 1, 'active', 'baf75af9390aca8e', 'TJK', 'CIS', 2, '2003-01-27', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-01.xml', 42, 'superseded', '', 'RC-2003-0003', 1, 'active', '7d4021f916d4ea52', 'CHN', 'FAR_ABROAD', 4, '2003-01-21', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-02.xml', 17, 'superseded', '', 'RC-2003-0005', 1, 'active', '20fc09a0e14b24ab', 'RUS', 'CIS', 1, '2003-02-01', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-04.xml', 17, 'rejected', 'invalid revision', 'RC-2003-0083', NULL, '', '3982f69ac003e86e', 'Российская Федерация', '', 1, '2003-04-27', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-04.xml', 41, 'rejected', 'invalid status', 'RC-2003-0084', 1, 'closed', '2ee3ffaab5a93779', '004', '', 1, '2003-04-09', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-04.xml', 65, 'rejected', 'decision before application', 'RC-2003-0077', 1, '', '5eed47dfed983897', 'AFG', '', 5, '2003-04-18', '2003-03-29', 'Отказано', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-04.xml', 79, 'rejected', 'cessation without grant', 'RC-2003-0078', 1, '', 'b7a00c7111fab0f6', 'Tajikistan', '', 4, '2003-01-11', '2003-02-25', 'бас тартылды', '2003-04-14', 'returned');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-04.xml', 4, 'superseded', '', 'RC-2003-0071', 1, 'active', '05aced2840efdea0', 'TJK', 'CIS', 1, '2003-04-08', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-01.xml', 54, 'superseded', '', 'RC-2003-0004', 2, 'active', 'baf75af9390aca8e', 'TJK', 'CIS', 3, '2003-01-27', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-02.xml', 29, 'superseded', '', 'RC-2003-0007', 1, 'active', '66611af8d5351b8b', 'XXA', 'STATELESS', 4, '2003-02-10', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-05.xml', 49, 'rejected', 'unknown basis', 'RC-2003-0080', 1, '', 'c7e2b80f74bb6bfb', 'AFG', '', 3, '2003-02-14', '2003-03-23', 'granted', '2003-05-30', 'deported');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-05.xml', 76, 'rejected', 'unknown outcome', 'RC-2003-0079', 1, '', 'd9f5a72b2c89c3c3', 'Тәжікстан', '', 3, '2003-02-14', '2003-05-01', 'отложено', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-05.xml', 63, 'superseded', '', 'RC-2003-0024', 1, 'active', 'f627783868b098f3', 'CHN', 'FAR_ABROAD', 2, '2003-05-18', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-05.xml', 17, 'superseded', '', 'RC-2003-0020', 1, 'active', 'ed3f3bc77e738695', 'UZB', 'CIS', 6, '2003-05-01', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-05.xml', 57, 'superseded', '', 'RC-2003-0023', 1, 'active', '6fa3a0c688fefa6b', 'AFG', 'FAR_ABROAD', 3, '2003-05-14', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-08.xml', 31, 'rejected', 'invalid persons', 'RC-2003-0081', 1, '', '27a5bbbb61fbbeb7', '762', '', 0, '2003-08-05', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-06.v2.xml', 24, 'superseded', '', 'RC-2003-0027', 1, 'active', '555310f68e949a2a', 'AFG', 'FAR_ABROAD', 4, '2003-06-14', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-04.xml', 23, 'superseded', '', 'RC-2003-0014', 1, 'active', '333bc47c98c223c5', 'TJK', 'CIS', 1, '2003-04-01', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-07.xml', 49, 'superseded', '', 'RC-2003-0038', 1, 'active', '5f00b9dc55413257', 'XXA', 'STATELESS', 1, '2003-07-26', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-05.xml', 43, 'superseded', '', 'RC-2003-0022', 1, 'active', '297b63d13be712b4', 'UZB', 'CIS', 1, '2003-05-12', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-01.xml', 17, 'superseded', '', 'RC-2003-0001', 1, 'active', 'cd222b58df6f1b75', 'AFG', 'FAR_ABROAD', 1, '2003-01-07', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-06.v2.xml', 43, 'superseded', '', 'RC-2003-0029', 1, 'active', '06ebda24ce7e7c4a', 'RUS', 'CIS', 1, '2003-06-21', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-09.xml', 88, 'duplicate', '', 'RC-2003-0040', 1, 'active', 'f1a243492a2eb9bb', 'CHN', 'FAR_ABROAD', 4, '2003-08-03', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-03.xml', 18, 'superseded', '', 'RC-2003-0009', 1, 'active', '45d8ce1af1ff1603', 'AFG', 'FAR_ABROAD', 6, '2003-03-16', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-02.xml', 23, 'superseded', '', 'RC-2003-0006', 1, 'active', 'cfb91a0da63c7ac3', 'CHN', 'FAR_ABROAD', 3, '2003-02-09', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-04.xml', 47, 'superseded', '', 'RC-2003-0016', 1, 'active', '26733b9b18042bf4', 'AFG', 'FAR_ABROAD', 5, '2003-04-02', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-04.xml', 87, 'superseded', '', 'RC-2003-0019', 1, 'active', 'c5a2c9c057d8f8fb', 'RUS', 'CIS', 2, '2003-04-30', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-03.xml', 24, 'superseded', '', 'RC-2003-0010', 1, 'active', '8687af04c5ef9aff', 'TJK', 'CIS', 3, '2003-03-17', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-08.xml', 50, 'superseded', '', 'RC-2003-0042', 1, 'active', '787329e47079eeb3', 'RUS', 'CIS', 1, '2003-08-12', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-07.xml', 10, 'superseded', '', 'RC-2003-0034', 1, 'active', '5cf1a5eb5c3baf82', 'CHN', 'FAR_ABROAD', 1, '2003-07-08', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-02.xml', 35, 'superseded', '', 'RC-2003-0008', 1, 'active', '93981028b879e707', 'AFG', 'FAR_ABROAD', 4, '2003-02-27', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-11.xml', 35, 'superseded', '', 'RC-2003-0025', 1, 'active', 'd1a228c321067ee1', 'CHN', 'FAR_ABROAD', 1, '2003-05-22', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-01.xml', 29, 'superseded', '', 'RC-2003-0002', 1, 'active', '48b7140cfb6bbd18', 'CHN', 'FAR_ABROAD', 1, '2003-01-09', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-11.xml', 54, 'rejected', 'impossible date', 'RC-2003-0076', 1, '', '6709a1ae76021cf1', 'UZB', '', 5, '2003-01-09', '2003-11-31', 'granted', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-11.xml', 67, 'duplicate', '', 'RC-2003-0059', 1, 'active', '27fe17e5d125a8ad', 'TJK', 'CIS', 6, '2003-11-01', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-11.xml', 73, 'rejected', 'missing id', '', 1, '', '46ae60fd63c2b4e3', 'КНР', '', 2, '2003-11-29', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-06.v2.xml', 30, 'superseded', '', 'RC-2003-0028', 1, 'active', '4424d1596d9daf7c', 'AFG', 'FAR_ABROAD', 2, '2003-06-15', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-12.xml', 11, 'rejected', 'missing application date', 'RC-2003-0075', 1, '', '318d9684d7828979', '860', '', 1, '', '2003-12-13', 'отказано', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-02.xml', 4, 'superseded', '', 'RC-2003-0003', 2, 'active', '7d4021f916d4ea52', 'CHN', 'FAR_ABROAD', 3, '2003-01-21', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-04.xml', 59, 'superseded', '', 'RC-2003-0018', 1, 'active', 'eef39c6202a9316e', 'CHN', 'FAR_ABROAD', 5, '2003-04-19', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-03.xml', 42, 'superseded', '', 'RC-2003-0013', 1, 'active', 'f4b47f34fcf7eaac', 'UZB', 'CIS', 2, '2003-03-23', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-06.v2.xml', 49, 'superseded', '', 'RC-2003-0030', 1, 'active', '98a6d88e3d695201', 'TJK', 'CIS', 6, '2003-06-21', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-08.xml', 83, 'superseded', '', 'RC-2003-0044', 1, 'active', 'cdbfdd50de9651a4', 'CHN', 'FAR_ABROAD', 3, '2003-08-26', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-12.xml', 91, 'rejected', 'citizen of Kazakhstan', 'RC-2003-0082', 1, '', 'fc11d42f74a70163', '398', '', 3, '2003-12-24', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-06.v2.xml', 68, 'superseded', '', 'RC-2003-0032', 1, 'active', 'ff9dc1636d98f8d9', 'XXA', 'STATELESS', 4, '2003-06-29', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-01.xml', 10, 'accepted', '', 'RC-2002-0041', 2, 'active', '7e7d1292a2d54ecc', 'AFG', 'FAR_ABROAD', 5, '2002-10-19', '2003-01-07', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-01.xml', 35, 'accepted', '', 'RC-2002-0016', 2, 'active', '1ef5529f197aefd2', 'CHN', 'FAR_ABROAD', 4, '2002-05-09', '2003-01-10', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-02.xml', 10, 'accepted', '', 'RC-2002-0040', 2, 'active', 'b5b06378b67c2994', 'AFG', 'FAR_ABROAD', 1, '2002-10-07', '2003-02-01', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-03.xml', 4, 'accepted', '', 'RC-2002-0017', 2, 'active', '21d340bdaafe5f61', 'AFG', 'FAR_ABROAD', 4, '2002-05-19', '2003-03-02', 'granted', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-03.xml', 11, 'accepted', '', 'RC-2002-0028', 2, 'active', '455ead92fdfb6533', 'IRN', 'FAR_ABROAD', 3, '2002-07-23', '2003-03-13', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-03.xml', 30, 'accepted', '', 'RC-2003-0011', 1, 'active', 'a516c6c031206c24', 'AFG', 'FAR_ABROAD', 4, '2003-03-17', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-03.xml', 36, 'accepted', '', 'RC-2003-0012', 1, 'active', '98dd4d8f3c06f27e', 'AFG', 'FAR_ABROAD', 4, '2003-03-18', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-03.xml', 48, 'accepted', '', 'RC-2003-0005', 2, 'active', '20fc09a0e14b24ab', 'RUS', 'CIS', 1, '2003-02-01', '2003-03-26', 'granted', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-04.xml', 10, 'accepted', '', 'RC-2002-0034', 3, 'active', 'e295989bb472ae6e', 'AFG', 'FAR_ABROAD', 1, '2002-08-27', '2002-12-19', 'granted', '2003-03-12', 'naturalised');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-04.xml', 29, 'accepted', '', 'RC-2002-0029', 2, 'active', '312ba8aa4106536c', 'CHN', 'FAR_ABROAD', 1, '2002-07-29', '2003-04-02', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-04.xml', 35, 'accepted', '', 'RC-2003-0015', 1, 'active', 'f14de5fee4105b9b', 'AFG', 'FAR_ABROAD', 5, '2003-04-02', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-04.xml', 53, 'accepted', '', 'RC-2003-0017', 1, 'active', 'e022db6faed7d52a', 'AFG', 'FAR_ABROAD', 5, '2003-04-15', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-04.xml', 72, 'accepted', '', 'RC-2002-0046', 2, 'active', '00eca1b868090719', 'CHN', 'FAR_ABROAD', 4, '2002-11-27', '2003-04-28', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-05.xml', 4, 'cancelled', '', 'RC-2003-0071', 2, 'cancelled', '05aced2840efdea0', 'TJK', 'CIS', 1, '2003-04-08', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-05.xml', 10, 'accepted', '', 'RC-2003-0004', 3, 'active', 'baf75af9390aca8e', 'TJK', 'CIS', 3, '2003-01-27', '2003-05-01', 'granted', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-05.xml', 23, 'accepted', '', 'RC-2003-0007', 2, 'active', '66611af8d5351b8b', 'XXA', 'STATELESS', 4, '2003-02-10', '2003-05-08', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-05.xml', 30, 'accepted', '', 'RC-2003-0021', 1, 'active', 'b5b571ab22fb3c1e', 'CHN', 'FAR_ABROAD', 4, '2003-05-10', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-05.xml', 36, 'accepted', '', 'RC-2002-0024', 2, 'active', '66482113765161dd', 'XXA', 'STATELESS', 4, '2002-06-30', '2003-05-11', 'granted', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-05.xml', 69, 'accepted', '', 'RC-2002-0031', 2, 'active', 'bf02f9d82f6a1e86', 'AFG', 'FAR_ABROAD', 4, '2002-08-07', '2003-05-31', 'granted', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-06.v2.xml', 4, 'accepted', '', 'RC-2003-0026', 1, 'active', 'aaadf500f1cdacc9', 'TJK', 'CIS', 3, '2003-06-02', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-06.v2.xml', 10, 'accepted', '', 'RC-2002-0030', 2, 'active', 'df476818f4ccd1f9', 'AFG', 'FAR_ABROAD', 5, '2002-08-03', '2003-06-11', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-06.v2.xml', 17, 'accepted', '', 'RC-2002-0039', 2, 'active', 'f74c1abd2c38284a', 'UZB', 'CIS', 4, '2002-10-07', '2003-06-13', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-06.v2.xml', 36, 'accepted', '', 'RC-2002-0037', 2, 'active', '529e05314de3b5de', 'UZB', 'CIS', 5, '2002-09-25', '2003-06-20', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-06.v2.xml', 55, 'accepted', '', 'RC-2003-0031', 1, 'active', 'aab97205b924cfdc', 'AFG', 'FAR_ABROAD', 2, '2003-06-26', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-06.v2.xml', 61, 'accepted', '', 'RC-2002-0045', 2, 'active', 'c7a27b82da20e316', 'XXA', 'STATELESS', 1, '2002-11-26', '2003-06-27', 'withdrawn', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-07.xml', 4, 'accepted', '', 'RC-2003-0033', 1, 'active', '44d5cf62a8043136', 'AFG', 'FAR_ABROAD', 4, '2003-07-02', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-07.xml', 16, 'accepted', '', 'RC-2003-0024', 2, 'active', 'f627783868b098f3', 'CHN', 'FAR_ABROAD', 2, '2003-05-18', '2003-07-11', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-07.xml', 23, 'accepted', '', 'RC-2000-0009', 3, 'active', '6a4d485fb47a0236', 'AFG', 'FAR_ABROAD', 3, '2000-05-04', '2000-09-05', 'granted', '2003-07-13', 'returned');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-07.xml', 31, 'accepted', '', 'RC-2003-0035', 1, 'active', 'a2abd6f3e1cdc735', 'AFG', 'FAR_ABROAD', 4, '2003-07-17', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-07.xml', 37, 'accepted', '', 'RC-2003-0036', 1, 'active', '6f98b66d989f1f37', 'TJK', 'CIS', 4, '2003-07-20', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-07.xml', 43, 'accepted', '', 'RC-2003-0037', 1, 'active', '77b2b66bc9fdb770', 'RUS', 'CIS', 1, '2003-07-24', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-07.xml', 55, 'accepted', '', 'RC-2003-0020', 2, 'active', 'ed3f3bc77e738695', 'UZB', 'CIS', 6, '2003-05-01', '2003-07-27', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-07.xml', 62, 'accepted', '', 'RC-2003-0039', 1, 'active', 'a752cb3924c9afef', 'TJK', 'CIS', 1, '2003-07-29', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-07.xml', 68, 'accepted', '', 'RC-2002-0048', 2, 'active', '8af627bc78e73333', 'RUS', 'CIS', 1, '2002-12-09', '2003-07-30', 'withdrawn', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-08.xml', 4, 'accepted', '', 'RC-2002-0036', 2, 'active', 'cb20ec3ad064541e', 'CHN', 'FAR_ABROAD', 4, '2002-09-15', '2003-07-21', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-08.xml', 11, 'accepted', '', 'RC-2003-0023', 2, 'active', '6fa3a0c688fefa6b', 'AFG', 'FAR_ABROAD', 3, '2003-05-14', '2003-08-02', 'granted', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-08.xml', 18, 'accepted', '', 'RC-2003-0040', 1, 'active', 'f1a243492a2eb9bb', 'CHN', 'FAR_ABROAD', 4, '2003-08-03', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-08.xml', 24, 'accepted', '', 'RC-2002-0050', 2, 'active', 'ddbf567613cd7037', 'AFG', 'FAR_ABROAD', 1, '2002-12-16', '2003-08-09', 'granted', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-08.xml', 37, 'accepted', '', 'RC-2003-0041', 1, 'active', '6d9cdf823f2d5995', 'RUS', 'CIS', 4, '2003-08-09', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-08.xml', 43, 'accepted', '', 'RC-2003-0027', 2, 'active', '555310f68e949a2a', 'AFG', 'FAR_ABROAD', 4, '2003-06-14', '2003-08-10', 'granted', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-08.xml', 56, 'accepted', '', 'RC-2003-0043', 1, 'active', '8a614deeb1b61a2d', 'RUS', 'CIS', 1, '2003-08-18', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-08.xml', 62, 'accepted', '', 'RC-2002-0043', 2, 'active', 'fcebc31394b90a76', 'RUS', 'CIS', 3, '2002-11-01', '2003-08-19', 'granted', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-08.xml', 69, 'accepted', '', 'RC-2002-0044', 2, 'active', '8d9a7b368f4951b9', 'CHN', 'FAR_ABROAD', 3, '2002-11-24', '2003-08-20', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-08.xml', 76, 'accepted', '', 'RC-2003-0014', 2, 'active', '333bc47c98c223c5', 'TJK', 'CIS', 1, '2003-04-01', '2003-08-21', 'granted', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-08.xml', 89, 'accepted', '', 'RC-2003-0045', 1, 'active', '31d24ae2d8550a3a', 'RUS', 'CIS', 3, '2003-08-27', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-08.xml', 95, 'accepted', '', 'RC-2003-0046', 1, 'active', '16a8138ecfed4d4a', 'IRN', 'FAR_ABROAD', 2, '2003-08-28', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-09.xml', 4, 'accepted', '', 'RC-2003-0047', 1, 'active', '48d48853eda2bd25', 'AFG', 'FAR_ABROAD', 7, '2003-09-09', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-09.xml', 10, 'accepted', '', 'RC-2003-0048', 1, 'active', 'f7d9287c8ffe6dcb', 'AFG', 'FAR_ABROAD', 2, '2003-09-13', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-09.xml', 16, 'accepted', '', 'RC-2003-0049', 1, 'active', '7cbd19c3777668ee', 'XXA', 'STATELESS', 3, '2003-09-14', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-09.xml', 22, 'accepted', '', 'RC-2003-0050', 1, 'active', '80886785ba888e9c', 'RUS', 'CIS', 2, '2003-09-16', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-09.xml', 28, 'accepted', '', 'RC-2003-0038', 2, 'active', '5f00b9dc55413257', 'XXA', 'STATELESS', 1, '2003-07-26', '2003-09-17', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-09.xml', 35, 'cancelled', '', 'RC-2003-0072', 1, 'cancelled', '85cc472d38fe1db9', 'AFG', 'FAR_ABROAD', 1, '2003-09-26', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-09.xml', 41, 'accepted', '', 'RC-2003-0022', 2, 'active', '297b63d13be712b4', 'UZB', 'CIS', 1, '2003-05-12', '2003-09-18', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-09.xml', 48, 'accepted', '', 'RC-2003-0001', 2, 'active', 'cd222b58df6f1b75', 'AFG', 'FAR_ABROAD', 1, '2003-01-07', '2003-09-19', 'granted', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-09.xml', 55, 'accepted', '', 'RC-2002-0042', 2, 'active', '5c4cf078fffeb20d', 'RUS', 'CIS', 4, '2002-10-29', '2003-09-21', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-09.xml', 62, 'accepted', '', 'RC-2003-0029', 2, 'active', '06ebda24ce7e7c4a', 'RUS', 'CIS', 1, '2003-06-21', '2003-09-21', 'granted', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-09.xml', 69, 'accepted', '', 'RC-2003-0051', 1, 'active', '10a6bff68757d846', 'UZB', 'CIS', 5, '2003-09-21', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-09.xml', 75, 'accepted', '', 'RC-2003-0025', 2, 'active', 'd1a228c321067ee1', 'CHN', 'FAR_ABROAD', 1, '2003-05-22', '2003-09-27', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-09.xml', 82, 'accepted', '', 'RC-2003-0052', 1, 'active', '18d07ee738e1c567', 'AFG', 'FAR_ABROAD', 3, '2003-09-28', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-10.xml', 4, 'accepted', '', 'RC-2003-0009', 2, 'active', '45d8ce1af1ff1603', 'AFG', 'FAR_ABROAD', 6, '2003-03-16', '2003-09-18', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-10.xml', 11, 'accepted', '', 'RC-2003-0053', 1, 'active', 'd0e3bfa574bd22c0', 'UZB', 'CIS', 1, '2003-10-01', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-10.xml', 17, 'accepted', '', 'RC-2003-0054', 1, 'active', '27e924e725c53348', 'AFG', 'FAR_ABROAD', 5, '2003-10-03', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-10.xml', 23, 'accepted', '', 'RC-2003-0006', 2, 'active', 'cfb91a0da63c7ac3', 'CHN', 'FAR_ABROAD', 3, '2003-02-09', '2003-10-08', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-10.xml', 30, 'accepted', '', 'RC-2003-0055', 1, 'active', '79abc57388f04586', 'RUS', 'CIS', 2, '2003-10-10', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-10.xml', 36, 'accepted', '', 'RC-2003-0016', 2, 'active', '26733b9b18042bf4', 'AFG', 'FAR_ABROAD', 5, '2003-04-02', '2003-10-12', 'granted', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-10.xml', 43, 'accepted', '', 'RC-2002-0047', 2, 'active', '6a72d462ac64f6ee', 'UZB', 'CIS', 2, '2002-12-05', '2003-10-13', 'withdrawn', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-10.xml', 50, 'accepted', '', 'RC-2003-0019', 2, 'active', 'c5a2c9c057d8f8fb', 'RUS', 'CIS', 2, '2003-04-30', '2003-10-16', 'withdrawn', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-10.xml', 57, 'accepted', '', 'RC-2003-0056', 1, 'active', '351ba794d36e8d48', 'AFG', 'FAR_ABROAD', 2, '2003-10-18', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-10.xml', 63, 'accepted', '', 'RC-2003-0010', 2, 'active', '8687af04c5ef9aff', 'TJK', 'CIS', 3, '2003-03-17', '2003-10-20', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-10.xml', 70, 'accepted', '', 'RC-2003-0042', 2, 'active', '787329e47079eeb3', 'RUS', 'CIS', 1, '2003-08-12', '2003-10-23', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-10.xml', 77, 'accepted', '', 'RC-2003-0034', 2, 'active', '5cf1a5eb5c3baf82', 'CHN', 'FAR_ABROAD', 1, '2003-07-08', '2003-10-25', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-10.xml', 84, 'accepted', '', 'RC-2003-0057', 1, 'active', '2b2fd3a3b41fcd80', 'AFG', 'FAR_ABROAD', 1, '2003-10-27', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-10.xml', 90, 'accepted', '', 'RC-2003-0058', 1, 'active', 'f7c9dbda1edf039f', 'AFG', 'FAR_ABROAD', 3, '2003-10-30', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-11.xml', 4, 'accepted', '', 'RC-2003-0059', 1, 'active', '27fe17e5d125a8ad', 'TJK', 'CIS', 6, '2003-11-01', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-11.xml', 10, 'accepted', '', 'RC-2003-0060', 1, 'active', '3733456c7ed8f7ab', 'UZB', 'CIS', 3, '2003-11-02', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-11.xml', 16, 'accepted', '', 'RC-2003-0061', 1, 'active', 'e4a19c8da40ef12f', 'RUS', 'CIS', 5, '2003-11-06', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-11.xml', 22, 'accepted', '', 'RC-2003-0062', 1, 'active', '1a4a764477e9c42a', 'AFG', 'FAR_ABROAD', 5, '2003-11-12', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-11.xml', 28, 'accepted', '', 'RC-2003-0008', 2, 'active', '93981028b879e707', 'AFG', 'FAR_ABROAD', 4, '2003-02-27', '2003-11-14', 'granted', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-11.xml', 41, 'accepted', '', 'RC-2003-0063', 1, 'active', '3b72fcdba85ad50f', 'AFG', 'FAR_ABROAD', 5, '2003-11-18', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-11.xml', 47, 'accepted', '', 'RC-2003-0002', 2, 'active', '48b7140cfb6bbd18', 'CHN', 'FAR_ABROAD', 1, '2003-01-09', '2003-11-25', 'withdrawn', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-11.xml', 61, 'accepted', '', 'RC-2003-0064', 1, 'active', 'f6ec6894202abdbb', 'AFG', 'FAR_ABROAD', 2, '2003-11-26', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-11.xml', 79, 'accepted', '', 'RC-2001-0025', 3, 'active', 'aa3ca617c04e98a6', 'TJK', 'CIS', 3, '2001-08-11', '2001-12-09', 'granted', '2003-11-29', 'revoked');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-12.xml', 4, 'accepted', '', 'RC-2003-0028', 2, 'active', '4424d1596d9daf7c', 'AFG', 'FAR_ABROAD', 2, '2003-06-15', '2003-12-01', 'granted', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-12.xml', 18, 'accepted', '', 'RC-2002-0011', 3, 'active', '0290beb6c287be86', 'AFG', 'FAR_ABROAD', 3, '2002-04-01', '2002-07-08', 'granted', '2003-12-04', 'resettled');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-12.xml', 26, 'accepted', '', 'RC-2003-0003', 3, 'active', '7d4021f916d4ea52', 'CHN', 'FAR_ABROAD', 3, '2003-01-21', '2003-12-05', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-12.xml', 33, 'accepted', '', 'RC-2003-0065', 1, 'active', '91ab2fcc8f16020c', 'CHN', 'FAR_ABROAD', 3, '2003-12-05', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-12.xml', 39, 'accepted', '', 'RC-2003-0066', 1, 'active', '837d09b85d62a54e', 'CHN', 'FAR_ABROAD', 1, '2003-12-12', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-12.xml', 45, 'accepted', '', 'RC-2003-0067', 1, 'active', '1273274f1237d08c', 'AFG', 'FAR_ABROAD', 1, '2003-12-13', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-12.xml', 51, 'accepted', '', 'RC-2003-0018', 2, 'active', 'eef39c6202a9316e', 'CHN', 'FAR_ABROAD', 5, '2003-04-19', '2003-12-14', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-12.xml', 58, 'accepted', '', 'RC-2003-0068', 1, 'active', 'b6631ca8a689a0e6', 'CHN', 'FAR_ABROAD', 5, '2003-12-15', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-12.xml', 64, 'accepted', '', 'RC-2003-0069', 1, 'active', '2d16f68a357ea95c', 'AFG', 'FAR_ABROAD', 3, '2003-12-17', '', '', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-12.xml', 70, 'accepted', '', 'RC-2003-0013', 2, 'active', 'f4b47f34fcf7eaac', 'UZB', 'CIS', 2, '2003-03-23', '2003-12-18', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-12.xml', 77, 'accepted', '', 'RC-2003-0030', 2, 'active', '98a6d88e3d695201', 'TJK', 'CIS', 6, '2003-06-21', '2003-12-19', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-12.xml', 84, 'accepted', '', 'RC-2003-0044', 2, 'active', 'cdbfdd50de9651a4', 'CHN', 'FAR_ABROAD', 3, '2003-08-26', '2003-12-24', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-12.xml', 97, 'accepted', '', 'RC-2003-0032', 2, 'active', 'ff9dc1636d98f8d9', 'XXA', 'STATELESS', 4, '2003-06-29', '2003-12-27', 'refused', '', '');
INSERT INTO records.refugee_case VALUES (2003, 'refugees/2003/cases-2003-12.xml', 104, 'accepted', '', 'RC-2003-0070', 1, 'active', '8a4f984315284e7e', '', 'NOT_STATED', 1, '2003-12-29', '', '', '', '');


--
-- Data for Name: refugee_register_case; Type: TABLE DATA; Schema: records; Owner: -
--

INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 4, 'accepted', '', 'RC-2000-0004', 2, 'active', 'a34838210217745e', 'CHN', 'FAR_ABROAD', 1, '2000-02-10', '2000-10-23', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 10, 'accepted', '', 'RC-2000-0006', 2, 'active', '02ea0cfa92f1a1ce', 'TJK', 'CIS', 1, '2000-03-31', '2000-09-02', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 16, 'accepted', '', 'RC-2000-0009', 2, 'active', '6a4d485fb47a0236', 'AFG', 'FAR_ABROAD', 3, '2000-05-04', '2000-09-05', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 23, 'accepted', '', 'RC-2000-0010', 2, 'active', 'eacaf5ceab27270f', 'AFG', 'FAR_ABROAD', 5, '2000-05-17', '2001-04-10', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 30, 'accepted', '', 'RC-2000-0011', 2, 'active', 'c9e8a5dfe3ec33f4', 'IRN', 'FAR_ABROAD', 2, '2000-05-26', '2000-11-25', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 37, 'accepted', '', 'RC-2000-0013', 1, 'active', '4f2197e4c8609cf8', 'RUS', 'CIS', 2, '2000-06-14', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 43, 'accepted', '', 'RC-2000-0014', 2, 'active', '6dbc72046ff26c1b', 'TJK', 'CIS', 1, '2000-06-20', '2001-04-22', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 50, 'accepted', '', 'RC-2000-0016', 2, 'active', 'a8b9ddba20bd53b2', 'AFG', 'FAR_ABROAD', 1, '2000-07-16', '2000-11-06', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 57, 'accepted', '', 'RC-2000-0017', 2, 'active', '57813707a5b7fc44', 'XXA', 'STATELESS', 5, '2000-07-19', '2000-10-09', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 64, 'accepted', '', 'RC-2000-0019', 2, 'active', '7a28376ff63e9329', 'TJK', 'CIS', 3, '2000-08-02', '2000-10-15', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 71, 'accepted', '', 'RC-2000-0022', 2, 'active', '1e2a224418795fd2', 'AFG', 'FAR_ABROAD', 5, '2000-09-13', '2000-11-18', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 78, 'accepted', '', 'RC-2000-0027', 2, 'active', 'fc8f5ed800225091', 'AFG', 'FAR_ABROAD', 3, '2000-11-26', '2001-04-23', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 85, 'accepted', '', 'RC-2000-0028', 2, 'active', '49204656f14f7aeb', 'AFG', 'FAR_ABROAD', 1, '2000-11-26', '2001-07-30', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 91, 'accepted', '', 'RC-2000-0030', 2, 'active', '524e3c452299a368', 'XXA', 'STATELESS', 3, '2000-12-04', '2001-09-27', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 98, 'accepted', '', 'RC-2001-0003', 2, 'active', '2b24d8e2ce349e86', 'AFG', 'FAR_ABROAD', 5, '2001-02-01', '2001-10-22', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 105, 'accepted', '', 'RC-2001-0004', 2, 'active', 'bc218de1dcbdf9af', 'AFG', 'FAR_ABROAD', 3, '2001-02-23', '2001-12-02', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 112, 'accepted', '', 'RC-2001-0007', 2, 'active', '372752f892094a9f', 'TJK', 'CIS', 6, '2001-03-31', '2001-11-23', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 119, 'accepted', '', 'RC-2001-0012', 2, 'active', '88e3e4306f6968f4', 'AFG', 'FAR_ABROAD', 1, '2001-05-15', '2002-04-05', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 126, 'accepted', '', 'RC-2001-0014', 2, 'active', '9c5f464e16f7cfe1', 'AFG', 'FAR_ABROAD', 2, '2001-05-21', '2001-11-06', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 133, 'accepted', '', 'RC-2001-0016', 2, 'active', 'db8f8a6201cec740', 'AFG', 'FAR_ABROAD', 2, '2001-06-21', '2001-08-10', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 140, 'accepted', '', 'RC-2001-0017', 2, 'active', 'ccd9306c41393c2c', 'AFG', 'FAR_ABROAD', 6, '2001-06-22', '2002-02-28', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 147, 'accepted', '', 'RC-2001-0018', 1, 'active', '7515f08f9b9657b2', 'AFG', 'FAR_ABROAD', 4, '2001-06-23', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 153, 'accepted', '', 'RC-2001-0019', 2, 'active', 'c78aaf9fea5c220a', 'AFG', 'FAR_ABROAD', 1, '2001-07-07', '2002-03-19', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 160, 'accepted', '', 'RC-2001-0020', 2, 'active', '70a26b4e7a3c5554', 'CHN', 'FAR_ABROAD', 4, '2001-07-14', '2002-04-12', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 167, 'accepted', '', 'RC-2001-0021', 2, 'active', '1f7c7e112917ba4e', 'RUS', 'CIS', 2, '2001-07-25', '2002-04-25', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 174, 'accepted', '', 'RC-2001-0022', 1, 'active', 'd689bf4759cdb868', 'TJK', 'CIS', 4, '2001-07-27', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 180, 'accepted', '', 'RC-2001-0025', 2, 'active', 'aa3ca617c04e98a6', 'TJK', 'CIS', 3, '2001-08-11', '2001-12-09', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 187, 'accepted', '', 'RC-2001-0030', 1, 'active', 'bf9cb5e134b8bbab', 'AFG', 'FAR_ABROAD', 4, '2001-09-29', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 193, 'accepted', '', 'RC-2001-0031', 1, 'active', '3d3fa86891a36616', 'TJK', 'CIS', 1, '2001-10-11', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 199, 'accepted', '', 'RC-2001-0037', 2, 'active', 'a1acea4b0c78f33c', 'UZB', 'CIS', 3, '2001-11-26', '2002-02-05', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 206, 'accepted', '', 'RC-2002-0003', 2, 'active', 'be0539b861faf70e', 'AFG', 'FAR_ABROAD', 1, '2002-01-13', '2002-12-03', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 212, 'accepted', '', 'RC-2002-0004', 2, 'active', '3c1e190b053c4575', 'TJK', 'CIS', 2, '2002-02-01', '2002-10-06', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 219, 'accepted', '', 'RC-2002-0006', 2, 'active', '70b866bd7eba54a4', 'TJK', 'CIS', 1, '2002-02-17', '2002-04-28', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 225, 'accepted', '', 'RC-2002-0007', 2, 'active', '184eb6bf069f7d23', 'AFG', 'FAR_ABROAD', 1, '2002-03-10', '2002-08-13', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 232, 'accepted', '', 'RC-2002-0008', 2, 'active', '125c7c24746e3a99', 'CHN', 'FAR_ABROAD', 1, '2002-03-12', '2002-05-28', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 239, 'accepted', '', 'RC-2002-0010', 2, 'active', 'febbe6786a89f472', 'TJK', 'CIS', 7, '2002-03-27', '2002-11-06', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 246, 'accepted', '', 'RC-2002-0011', 2, 'active', '0290beb6c287be86', 'AFG', 'FAR_ABROAD', 3, '2002-04-01', '2002-07-08', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 253, 'accepted', '', 'RC-2002-0012', 2, 'active', '28b17a6b74c4f785', 'TJK', 'CIS', 1, '2002-04-16', '2002-09-23', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 259, 'accepted', '', 'RC-2002-0013', 2, 'active', 'c48d4124c7fdc390', 'RUS', 'CIS', 4, '2002-04-25', '2002-08-06', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 266, 'accepted', '', 'RC-2002-0014', 2, 'active', 'ff9404416976b5f8', 'AFG', 'FAR_ABROAD', 1, '2002-04-26', '2002-12-13', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 272, 'accepted', '', 'RC-2002-0016', 1, 'active', '1ef5529f197aefd2', 'CHN', 'FAR_ABROAD', 4, '2002-05-09', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 278, 'accepted', '', 'RC-2002-0017', 1, 'active', '21d340bdaafe5f61', 'AFG', 'FAR_ABROAD', 4, '2002-05-19', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 284, 'accepted', '', 'RC-2002-0020', 2, 'active', 'f3d5a4b423013644', 'AFG', 'FAR_ABROAD', 6, '2002-06-05', '2002-07-16', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 291, 'accepted', '', 'RC-2002-0022', 2, 'active', 'edb494ca71c62cba', 'AFG', 'FAR_ABROAD', 2, '2002-06-19', '2002-12-23', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 298, 'accepted', '', 'RC-2002-0024', 1, 'active', '66482113765161dd', 'XXA', 'STATELESS', 4, '2002-06-30', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 304, 'accepted', '', 'RC-2002-0027', 2, 'active', '61ba052153e66c70', 'RUS', 'CIS', 4, '2002-07-12', '2002-10-18', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 311, 'accepted', '', 'RC-2002-0028', 1, 'active', '455ead92fdfb6533', 'IRN', 'FAR_ABROAD', 3, '2002-07-23', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 317, 'accepted', '', 'RC-2002-0029', 1, 'active', '312ba8aa4106536c', 'CHN', 'FAR_ABROAD', 1, '2002-07-29', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 323, 'accepted', '', 'RC-2002-0030', 1, 'active', 'df476818f4ccd1f9', 'AFG', 'FAR_ABROAD', 5, '2002-08-03', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 329, 'accepted', '', 'RC-2002-0031', 1, 'active', 'bf02f9d82f6a1e86', 'AFG', 'FAR_ABROAD', 4, '2002-08-07', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 335, 'accepted', '', 'RC-2002-0033', 2, 'active', '0e2f6025528365be', 'AFG', 'FAR_ABROAD', 1, '2002-08-19', '2002-12-11', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 342, 'accepted', '', 'RC-2002-0034', 2, 'active', 'e295989bb472ae6e', 'AFG', 'FAR_ABROAD', 1, '2002-08-27', '2002-12-19', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 348, 'accepted', '', 'RC-2002-0035', 2, 'active', 'fbc3fa8b2a962b35', 'RUS', 'CIS', 5, '2002-09-01', '2002-10-12', 'granted', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 355, 'accepted', '', 'RC-2002-0036', 1, 'active', 'cb20ec3ad064541e', 'CHN', 'FAR_ABROAD', 4, '2002-09-15', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 361, 'accepted', '', 'RC-2002-0037', 1, 'active', '529e05314de3b5de', 'UZB', 'CIS', 5, '2002-09-25', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 367, 'accepted', '', 'RC-2002-0038', 1, 'active', '9ead5e6bcb642f92', 'AFG', 'FAR_ABROAD', 2, '2002-09-27', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 373, 'accepted', '', 'RC-2002-0039', 1, 'active', 'f74c1abd2c38284a', 'UZB', 'CIS', 4, '2002-10-07', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 379, 'accepted', '', 'RC-2002-0040', 1, 'active', 'b5b06378b67c2994', 'AFG', 'FAR_ABROAD', 1, '2002-10-07', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 384, 'accepted', '', 'RC-2002-0041', 1, 'active', '7e7d1292a2d54ecc', 'AFG', 'FAR_ABROAD', 5, '2002-10-19', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 390, 'accepted', '', 'RC-2002-0042', 1, 'active', '5c4cf078fffeb20d', 'RUS', 'CIS', 4, '2002-10-29', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 396, 'accepted', '', 'RC-2002-0043', 1, 'active', 'fcebc31394b90a76', 'RUS', 'CIS', 3, '2002-11-01', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 402, 'accepted', '', 'RC-2002-0044', 1, 'active', '8d9a7b368f4951b9', 'CHN', 'FAR_ABROAD', 3, '2002-11-24', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 408, 'accepted', '', 'RC-2002-0045', 1, 'active', 'c7a27b82da20e316', 'XXA', 'STATELESS', 1, '2002-11-26', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 414, 'accepted', '', 'RC-2002-0046', 1, 'active', '00eca1b868090719', 'CHN', 'FAR_ABROAD', 4, '2002-11-27', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 420, 'accepted', '', 'RC-2002-0047', 1, 'active', '6a72d462ac64f6ee', 'UZB', 'CIS', 2, '2002-12-05', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 426, 'accepted', '', 'RC-2002-0048', 1, 'active', '8af627bc78e73333', 'RUS', 'CIS', 1, '2002-12-09', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 431, 'accepted', '', 'RC-2002-0049', 1, 'active', 'fae81da5727b8a86', 'AFG', 'FAR_ABROAD', 2, '2002-12-14', '', '', '', '');
INSERT INTO records.refugee_register_case VALUES (2003, 'refugees/2003/register-2003.xml', 437, 'accepted', '', 'RC-2002-0050', 1, 'active', 'ddbf567613cd7037', 'AFG', 'FAR_ABROAD', 1, '2002-12-16', '', '', '', '');


--
-- Data for Name: repatriate_family; Type: TABLE DATA; Schema: records; Owner: -
--

INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 5, 'accepted', '', 'F2003-0001', '2003-03-01', 'QUOTA', 'MNG', 5, 6822500, 3125247, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 15, 'rejected', 'no head member', 'F2003-0058', '2003-05-30', 'true', 'UZB', NULL, NULL, NULL, NULL, NULL);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 22, 'accepted', '', 'F2003-0002', '2003-03-02', 'QUOTA', 'MNG', 5, 6822500, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 32, 'accepted', '', 'F2003-0003', '2003-03-08', 'QUOTA', 'MNG', 7, 9551500, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 44, 'accepted', '', 'F2003-0004', '2003-03-09', 'QUOTA', 'MNG', 5, 6822500, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 54, 'rejected', 'unknown payment kind', 'F2003-0064', '2003-08-26', 'false', 'MNG', NULL, NULL, NULL, NULL, NULL);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 62, 'accepted', '', 'F2003-0005', '2003-03-15', 'NON_QUOTA', 'MNG', 6, 3000000, 0, 0, 172839);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 72, 'accepted', '', 'F2003-0006', '2003-03-16', 'QUOTA', 'MNG', 7, 9551500, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 84, 'accepted', '', 'F2003-0007', '2003-03-20', 'QUOTA', 'CHN', 5, 6817633, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 94, 'accepted', '', 'F2003-0008', '2003-03-31', 'QUOTA', 'MNG', 5, 6822500, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 104, 'accepted', '', 'F2003-0009', '2003-03-31', 'QUOTA', 'MNG', 4, 5458130, 3100001, 148000000, 3831362);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 114, 'accepted', '', 'F2003-0010', '2003-03-31', 'NON_QUOTA', 'CHN', 5, 2499542, 0, 0, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 122, 'accepted', '', 'F2003-0011', '2003-04-10', 'NON_QUOTA', 'CHN', 3, 1500000, 0, 0, 129524);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 129, 'accepted', '', 'F2003-0012', '2003-04-29', 'QUOTA', 'CHN', 3, 4093500, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 137, 'accepted', '', 'F2003-0013', '2003-05-01', 'QUOTA', 'MNG', 5, 6825148, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 147, 'accepted', '', 'F2003-0014', '2003-05-05', 'QUOTA', 'MNG', 3, 4093500, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 155, 'accepted', '', 'F2003-0015', '2003-05-11', 'QUOTA', 'MNG', 3, 4093500, 3084545, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 164, 'accepted', '', 'F2003-0016', '2003-05-13', 'NON_QUOTA', 'MNG', 4, 1998724, 0, 0, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 171, 'rejected', 'outside reporting year', 'F2003-0065', '2002-12-28', 'false', '496', NULL, NULL, NULL, NULL, NULL);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 177, 'accepted', '', 'F2003-0017', '2003-05-18', 'QUOTA', 'MNG', 5, 6822370, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 188, 'accepted', '', 'F2003-0018', '2003-05-21', 'NON_QUOTA', 'MNG', 3, 1501734, 0, 0, 194550);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 195, 'accepted', '', 'F2003-0019', '2003-05-25', 'QUOTA', 'MNG', 3, 4093500, 3100001, 148000000, 1277121);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 204, 'accepted', '', 'F2003-0020', '2003-06-06', 'QUOTA', 'UZB', 6, 8188126, 3067266, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 216, 'accepted', '', 'F2003-0021', '2003-06-18', 'QUOTA', 'MNG', 4, 5458000, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 225, 'accepted', '', 'F2003-0022', '2003-07-01', 'QUOTA', 'MNG', 6, 8180292, 3141923, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 236, 'accepted', '', 'F2003-0023', '2003-07-10', 'NON_QUOTA', 'MNG', 5, 2500000, 0, 0, 108025);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 245, 'rejected', 'impossible date', 'F2003-0067', '2003-04-31', 'false', 'CHN', NULL, NULL, NULL, NULL, NULL);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 253, 'accepted', '', 'F2003-0024', '2003-07-14', 'NON_QUOTA', 'UZB', 5, 2500000, 0, 0, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 261, 'accepted', '', 'F2003-0025', '2003-07-15', 'QUOTA', 'TKM', 3, 4093500, 3068215, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 269, 'accepted', '', 'F2003-0026', '2003-07-17', 'QUOTA', 'TUR', 3, 4100475, 3134262, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 277, 'accepted', '', 'F2003-0027', '2003-07-20', 'QUOTA', 'MNG', 3, 4090852, 3124783, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 285, 'accepted', '', 'F2003-0028', '2003-07-26', 'NON_QUOTA', 'UZB', 6, 3000000, 0, 0, 172839);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 295, 'accepted', '', 'F2003-0029', '2003-07-27', 'QUOTA', 'IRN', 6, 8187022, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 306, 'accepted', '', 'F2003-0030', '2003-08-05', 'QUOTA', 'UZB', 4, 5462867, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 315, 'accepted', '', 'F2003-0031', '2003-08-07', 'QUOTA', 'CHN', 4, 5457392, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 324, 'accepted', '', 'F2003-0032', '2003-08-10', 'QUOTA', 'CHN', 8, 10916000, 3103652, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 337, 'accepted', '', 'F2003-0033', '2003-08-12', 'QUOTA', 'TKM', 4, 5460937, 3066654, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 346, 'accepted', '', 'F2003-0034', '2003-08-15', 'QUOTA', 'MNG', 5, 6825791, 3113759, 148000000, 1277728);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 357, 'rejected', 'no head member', 'F2003-0059', '2003-05-12', 'true', 'UZB', NULL, NULL, NULL, NULL, NULL);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 363, 'accepted', '', 'F2003-0035', '2003-08-19', 'QUOTA', 'TKM', 9, 12280500, 3037253, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 377, 'accepted', '', 'F2003-0036', '2003-08-27', 'QUOTA', 'UZB', 5, 6822500, 3094808, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 387, 'accepted', '', 'F2003-0037', '2003-08-31', 'QUOTA', 'MNG', 6, 8187000, 3050221, 148000000, 2979948);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 399, 'accepted', '', 'F2003-0038', '2003-09-02', 'QUOTA', 'RUS', 4, 5458000, 3115457, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 408, 'accepted', '', 'F2003-0039', '2003-09-05', 'QUOTA', 'MNG', 7, 9550222, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 420, 'accepted', '', 'F2003-0040', '2003-09-07', 'QUOTA', 'IRN', 4, 5456874, 3096350, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 429, 'accepted', '', 'F2003-0041', '2003-09-13', 'QUOTA', 'MNG', 2, 2729000, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 436, 'accepted', '', 'F2003-0042', '2003-09-17', 'QUOTA', 'AFG', 4, 5458000, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 445, 'accepted', '', 'F2003-0043', '2003-09-23', 'QUOTA', 'TKM', 2, 2729000, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 452, 'rejected', 'duplicate family id', 'F2003-0038', '2003-04-11', 'true', 'Моңғолия', NULL, NULL, NULL, NULL, NULL);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 462, 'rejected', 'outside reporting year', 'F2003-0066', '2004-01-09', 'true', '156', NULL, NULL, NULL, NULL, NULL);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 469, 'accepted', '', 'F2003-0044', '2003-09-26', 'QUOTA', 'MNG', 3, 4093500, 3131787, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 477, 'accepted', '', 'F2003-0045', '2003-10-08', 'QUOTA', 'MNG', 3, 4093500, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 485, 'accepted', '', 'F2003-0046', '2003-10-08', 'QUOTA', 'MNG', 6, 8187000, 3156687, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 496, 'accepted', '', 'F2003-0047', '2003-10-12', 'QUOTA', 'MNG', 7, 9551601, 3149781, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 508, 'rejected', 'duplicate family id', 'F2003-0028', '2003-07-27', 'false', 'CHN', NULL, NULL, NULL, NULL, NULL);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 514, 'accepted', '', 'F2003-0048', '2003-10-13', 'QUOTA', 'TKM', 7, 9553034, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 526, 'accepted', '', 'F2003-0049', '2003-10-20', 'QUOTA', 'MNG', 5, 6822500, 3100001, 148000000, 2979341);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 537, 'accepted', '', 'F2003-0050', '2003-10-23', 'QUOTA', 'MNG', 5, 6822500, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 547, 'accepted', '', 'F2003-0051', '2003-11-03', 'QUOTA', 'UZB', 10, 13641709, 3056553, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 562, 'accepted', '', 'F2003-0052', '2003-11-11', 'QUOTA', 'UZB', 7, 9551500, 3119951, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 574, 'accepted', '', 'F2003-0053', '2003-11-17', 'QUOTA', 'CHN', 8, 10910227, 3054300, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 588, 'accepted', '', 'F2003-0054', '2003-11-21', 'QUOTA', 'MNG', 3, 4094652, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 596, 'rejected', 'unknown payment kind', 'F2003-0063', '2003-11-23', 'false', 'UZB', NULL, NULL, NULL, NULL, NULL);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 606, 'rejected', 'negative amount', 'F2003-0062', '2003-06-09', 'true', 'Китай', NULL, NULL, NULL, NULL, NULL);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 615, 'accepted', '', 'F2003-0055', '2003-11-22', 'QUOTA', 'RUS', 6, 8187000, 3100001, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 626, 'accepted', '', 'F2003-0056', '2003-11-24', 'QUOTA', 'MNG', 4, 5459646, 3111662, 148000000, 0);
INSERT INTO records.repatriate_family VALUES (2003, 'repatriates/2003/repatriates-2003.v2.xml', 635, 'accepted', '', 'F2003-0057', '2003-11-26', 'QUOTA', 'UZB', 7, 9551500, 3094908, 148000000, 0);


--
-- Data for Name: vital_row; Type: TABLE DATA; Schema: records; Owner: -
--

INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-01.csv', 2, 'accepted', '', '2003-01', 'M', 319, 186);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-01.csv', 3, 'accepted', '', '2003-01', 'F', 294, 163);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-02.csv', 2, 'accepted', '', '2003-02', 'M', 278, 169);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-02.csv', 3, 'accepted', '', '2003-02', 'F', 265, 147);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-03.csv', 2, 'accepted', '', '2003-03', 'M', 317, 167);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-03.csv', 3, 'accepted', '', '2003-03', 'F', 289, 153);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-03.csv', 4, 'rejected', 'unknown sex', '2003-03', 'барлығы', 606, 320);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-03.csv', 5, 'rejected', 'missing sex', '2003-03', '', 606, 320);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-04.v2.csv', 2, 'accepted', '', '2003-04', 'M', 308, 156);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-04.v2.csv', 3, 'accepted', '', '2003-04', 'F', 293, 142);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-05.csv', 2, 'accepted', '', '2003-05', 'M', 308, 152);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-05.csv', 3, 'accepted', '', '2003-05', 'F', 283, 133);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-06.csv', 2, 'accepted', '', '2003-06', 'M', 294, 134);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-06.csv', 3, 'accepted', '', '2003-06', 'F', 282, 121);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-07.csv', 2, 'accepted', '', '2003-07', 'M', 350, 152);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-07.csv', 3, 'accepted', '', '2003-07', 'F', 319, 133);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-07.csv', 4, 'rejected', 'duplicate row', '2003-07', 'ер', 361, 152);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-08.csv', 2, 'accepted', '', '2003-08', 'M', 331, 155);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-08.csv', 3, 'accepted', '', '2003-08', 'F', 313, 137);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-09.csv', 2, 'accepted', '', '2003-09', 'M', 357, 152);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-09.csv', 3, 'accepted', '', '2003-09', 'F', 328, 139);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-10.csv', 2, 'accepted', '', '2003-10', 'M', 343, 157);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-10.csv', 3, 'accepted', '', '2003-10', 'F', 316, 141);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-11.csv', 2, 'accepted', '', '2003-11', 'F', 282, 134);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-11.csv', 3, 'accepted', '', '2003-11', 'M', 290, 156);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-12.csv', 2, 'accepted', '', '2003-12', 'M', 333, 175);
INSERT INTO records.vital_row VALUES (2003, 'population/2003/vital-2003-12.csv', 3, 'accepted', '', '2003-12', 'F', 320, 151);


--
-- Data for Name: foreign_registrations; Type: TABLE DATA; Schema: statistics; Owner: -
--

INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'TOTAL', '_T', '_T', 199, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'CIS', '_T', '_T', 120, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'CIS', 'ARM', '_T', 5, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'CIS', 'AZE', '_T', 5, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'CIS', 'BLR', '_T', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'CIS', 'GEO', '_T', 4, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'CIS', 'KGZ', '_T', 18, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'CIS', 'MDA', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'CIS', 'RUS', '_T', 24, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'CIS', 'TJK', '_T', 10, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'CIS', 'TKM', '_T', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'CIS', 'UKR', '_T', 7, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'CIS', 'UZB', '_T', 42, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'FAR_ABROAD', '_T', '_T', 70, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'FAR_ABROAD', 'AFG', '_T', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'FAR_ABROAD', 'CHN', '_T', 21, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'FAR_ABROAD', 'DEU', '_T', 4, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'FAR_ABROAD', 'FRA', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'FAR_ABROAD', 'GBR', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'FAR_ABROAD', 'IND', '_T', 3, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'FAR_ABROAD', 'IRN', '_T', 3, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'FAR_ABROAD', 'ITA', '_T', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'FAR_ABROAD', 'JPN', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'FAR_ABROAD', 'KOR', '_T', 4, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'FAR_ABROAD', 'MNG', '_T', 3, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'FAR_ABROAD', 'PAK', '_T', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'FAR_ABROAD', 'TUR', '_T', 19, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'FAR_ABROAD', 'USA', '_T', 3, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'FAR_ABROAD', 'VNM', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'STATELESS', '_T', '_T', 5, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'PERSONS', 'NOT_STATED', '_T', '_T', 4, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'TOTAL', '_T', '_T', 280, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'TOTAL', '_T', 'WORK', 84, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'TOTAL', '_T', 'STUDY', 28, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'TOTAL', '_T', 'PRIVATE', 70, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'TOTAL', '_T', 'BUSINESS', 39, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'TOTAL', '_T', 'TOURISM', 23, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'TOTAL', '_T', 'TRANSIT', 14, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'TOTAL', '_T', 'OTHER', 22, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', '_T', '_T', 160, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', '_T', 'WORK', 48, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', '_T', 'STUDY', 15, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', '_T', 'PRIVATE', 42, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', '_T', 'BUSINESS', 24, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', '_T', 'TOURISM', 10, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', '_T', 'TRANSIT', 6, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', '_T', 'OTHER', 15, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', 'ARM', '_T', 9, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', 'AZE', '_T', 7, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', 'BLR', '_T', 3, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', 'GEO', '_T', 5, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', 'KGZ', '_T', 26, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', 'MDA', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', 'RUS', '_T', 36, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', 'TJK', '_T', 12, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', 'TKM', '_T', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', 'UKR', '_T', 9, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'CIS', 'UZB', '_T', 50, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', '_T', '_T', 108, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', '_T', 'WORK', 30, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', '_T', 'STUDY', 12, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', '_T', 'PRIVATE', 24, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', '_T', 'BUSINESS', 14, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', '_T', 'TOURISM', 13, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', '_T', 'TRANSIT', 8, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', '_T', 'OTHER', 7, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', 'AFG', '_T', 4, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', 'CHN', '_T', 27, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', 'DEU', '_T', 7, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', 'FRA', '_T', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', 'GBR', '_T', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', 'IND', '_T', 5, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', 'IRN', '_T', 5, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', 'ITA', '_T', 3, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', 'JPN', '_T', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', 'KOR', '_T', 7, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', 'MNG', '_T', 4, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', 'PAK', '_T', 3, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', 'TUR', '_T', 29, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', 'USA', '_T', 7, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'FAR_ABROAD', 'VNM', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'STATELESS', '_T', '_T', 8, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'STATELESS', '_T', 'WORK', 4, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'STATELESS', '_T', 'STUDY', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'STATELESS', '_T', 'PRIVATE', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'STATELESS', '_T', 'BUSINESS', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'NOT_STATED', '_T', '_T', 4, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'NOT_STATED', '_T', 'WORK', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'REGISTRATIONS', 'NOT_STATED', '_T', 'PRIVATE', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'ADMIN_LIABLE', 'TOTAL', '_T', '_T', 16, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'ADMIN_LIABLE', 'CIS', '_T', '_T', 10, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'ADMIN_LIABLE', 'CIS', 'ARM', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'ADMIN_LIABLE', 'CIS', 'GEO', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'ADMIN_LIABLE', 'CIS', 'KGZ', '_T', 3, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'ADMIN_LIABLE', 'CIS', 'RUS', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'ADMIN_LIABLE', 'CIS', 'TJK', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'ADMIN_LIABLE', 'CIS', 'UKR', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'ADMIN_LIABLE', 'CIS', 'UZB', '_T', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'ADMIN_LIABLE', 'FAR_ABROAD', '_T', '_T', 5, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'ADMIN_LIABLE', 'FAR_ABROAD', 'CHN', '_T', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'ADMIN_LIABLE', 'FAR_ABROAD', 'TUR', '_T', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'ADMIN_LIABLE', 'FAR_ABROAD', 'USA', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'ADMIN_LIABLE', 'STATELESS', '_T', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'ADMIN_LIABLE', 'NOT_STATED', '_T', '_T', 0, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'EXPELLED', 'TOTAL', '_T', '_T', 7, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'EXPELLED', 'CIS', '_T', '_T', 4, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'EXPELLED', 'CIS', 'ARM', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'EXPELLED', 'CIS', 'UKR', '_T', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'EXPELLED', 'CIS', 'UZB', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'EXPELLED', 'FAR_ABROAD', '_T', '_T', 2, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'EXPELLED', 'FAR_ABROAD', 'PAK', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'EXPELLED', 'FAR_ABROAD', 'TUR', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'EXPELLED', 'STATELESS', '_T', '_T', 1, 'P', 11);
INSERT INTO statistics.foreign_registrations VALUES ('KZ-71', 2003, 'EXPELLED', 'NOT_STATED', '_T', '_T', 0, 'P', 11);


--
-- Data for Name: input_file; Type: TABLE DATA; Schema: statistics; Owner: -
--

INSERT INTO statistics.input_file VALUES (2003, 'labour-quotas', 'labour-quotas/2003/permits-2003-Q1.csv', '8b40da73202a80dd52b248b2628f91fa49cd507c95907324148824de12d3bc37', 'read', 18, '');
INSERT INTO statistics.input_file VALUES (2003, 'labour-quotas', 'labour-quotas/2003/permits-2003-Q2.csv', '87d0185415027defa26b970237689a6501099a95bd6fc41636558210215846f2', 'superseded', NULL, '');
INSERT INTO statistics.input_file VALUES (2003, 'labour-quotas', 'labour-quotas/2003/permits-2003-Q2.v2.csv', 'f17e5edb8b02ca3bb1638abfd9b98e7c77dd22f7865b84e179b020ff1591ced6', 'read', 29, '');
INSERT INTO statistics.input_file VALUES (2003, 'labour-quotas', 'labour-quotas/2003/permits-2003-Q3.csv', 'adc39be5e1d2dfecc68622d7772d8f1a9dde740387bf56161da72de4030596fb', 'read', 24, '');
INSERT INTO statistics.input_file VALUES (2003, 'labour-quotas', 'labour-quotas/2003/permits-2003-Q4.csv', 'dba7642826fb516d6fa169ed99c603d379349f0d7006e183b770cf323494c79b', 'read', 30, '');
INSERT INTO statistics.input_file VALUES (2003, 'labour-quotas', 'labour-quotas/2003/quota-2003.csv', '8a0819923cdf0c3fd8f705d14468d87b56c840015a078129c61eed8dfa674c3c', 'read', 4, '');
INSERT INTO statistics.input_file VALUES (2003, 'migration-slips', 'migration-slips/2003/slips-2003-01.csv', '91ca9ab597e51bf90932fa69dbcf909752ac22d4690cfa0508513f21d7f461de', 'read', 24, '');
INSERT INTO statistics.input_file VALUES (2003, 'migration-slips', 'migration-slips/2003/slips-2003-02.csv', '651a63b025e880ec66bd364f0774f340b3e5c7e24c09902bd6f6fa251473e3da', 'read', 26, '');
INSERT INTO statistics.input_file VALUES (2003, 'migration-slips', 'migration-slips/2003/slips-2003-03.csv', '6aa836ceeb4bb18fbc2bb46fdcfd9264f0361acbfcb917a1500a431c76124400', 'superseded', NULL, '');
INSERT INTO statistics.input_file VALUES (2003, 'migration-slips', 'migration-slips/2003/slips-2003-03.v2.csv', 'ea6abf8c4c71439734d4335864373599cbcd84ae541ba98553d971578f7d5aa2', 'read', 27, '');
INSERT INTO statistics.input_file VALUES (2003, 'migration-slips', 'migration-slips/2003/slips-2003-04.csv', '240b41e6feb8d4e409923a932a90e577b93b62b748ff9b58d64e617500a7067f', 'read', 32, '');
INSERT INTO statistics.input_file VALUES (2003, 'migration-slips', 'migration-slips/2003/slips-2003-05.csv', 'b273cb91878907bfe8006385b0685168c3cfcfe5c0d57540c9f29ebdb2fd1c6f', 'read', 33, '');
INSERT INTO statistics.input_file VALUES (2003, 'migration-slips', 'migration-slips/2003/slips-2003-06.csv', '0c3b45cf3bcaee4388ac7551012466d21e5952d421034c300ef7bbb8b15480b5', 'read', 33, '');
INSERT INTO statistics.input_file VALUES (2003, 'migration-slips', 'migration-slips/2003/slips-2003-07.csv', 'c3916f69696fb434eedea5c26baac3cd3b10c7c95421720ab2d5f6e7b1666ab5', 'superseded', NULL, '');
INSERT INTO statistics.input_file VALUES (2003, 'migration-slips', 'migration-slips/2003/slips-2003-07.v2.csv', '0908c7795d4b30bb908dcbdb5e9e62ab9704a8964a85e507e18de6ad9393b9c8', 'superseded', NULL, '');
INSERT INTO statistics.input_file VALUES (2003, 'migration-slips', 'migration-slips/2003/slips-2003-07.v3.csv', 'ea3c227d6ad9852a4a18ddb59bc009cc6c6a29354fb737e9726fecbc17291f3e', 'read', 42, '');
INSERT INTO statistics.input_file VALUES (2003, 'migration-slips', 'migration-slips/2003/slips-2003-08.csv', 'd8918bddf3d62a9ed58d8072b29a87b74ddcaa5db74bf89fa0faf68bf3cb0551', 'read', 34, '');
INSERT INTO statistics.input_file VALUES (2003, 'migration-slips', 'migration-slips/2003/slips-2003-09.csv', '29562998648a2353e1672ddd20e0d49fb93c4d3d024b6e8106cd326f6e87ea73', 'read', 38, '');
INSERT INTO statistics.input_file VALUES (2003, 'migration-slips', 'migration-slips/2003/slips-2003-10.csv', 'a4e83d37f56ed0c34ad46e895d50cc69183852b36f649cc5f480bc5cc2c4c154', 'read', 33, '');
INSERT INTO statistics.input_file VALUES (2003, 'migration-slips', 'migration-slips/2003/slips-2003-11.csv', '33b3c6fcc09c5d8ad9c6299728cd90ef9ec4724f477d4a1a5707b26c34caadf2', 'read', 32, '');
INSERT INTO statistics.input_file VALUES (2003, 'migration-slips', 'migration-slips/2003/slips-2003-12.csv', '920b66e7ea3bdc527120d3aa65569a5769412aa1fb0bdb7555a9874fc62c1a95', 'read', 33, '');
INSERT INTO statistics.input_file VALUES (2003, 'police-registrations', 'police-registrations/2003/registrations-2003-01.xml', 'be447f52b8fcecba5e1a5402da0a0de999b201eb03d04248133e46d0a0f93b30', 'read', 30, '');
INSERT INTO statistics.input_file VALUES (2003, 'police-registrations', 'police-registrations/2003/registrations-2003-02.xml', 'e9de5290f6f86408bafbd0f3467b8ad93dd2e94d1e7d21fa98c55a2fca9ded5f', 'read', 27, '');
INSERT INTO statistics.input_file VALUES (2003, 'police-registrations', 'police-registrations/2003/registrations-2003-03.xml', '564d26e8e346fc8c37ff303ff75e3075c48e5d25d90cf0991a2651b5e1ed0bd4', 'read', 33, '');
INSERT INTO statistics.input_file VALUES (2003, 'police-registrations', 'police-registrations/2003/registrations-2003-04.v2.xml', 'a6a86c202a814ba682ce724e2bf59b83060da2b93f90263d45391b93025a4936', 'read', 30, '');
INSERT INTO statistics.input_file VALUES (2003, 'police-registrations', 'police-registrations/2003/registrations-2003-04.xml', '13a406ef9b44b24221ff5258b0f8930ee52f98bcd8e8845b00ac6880d2fa964f', 'superseded', NULL, '');
INSERT INTO statistics.input_file VALUES (2003, 'police-registrations', 'police-registrations/2003/registrations-2003-05.xml', '714a16c962786825f50fa111ab5a59ca40f5160314c8ce6dee4fb9b74dacc346', 'read', 31, '');
INSERT INTO statistics.input_file VALUES (2003, 'police-registrations', 'police-registrations/2003/registrations-2003-06.xml', '221769e4c5d8e9bf4c9f1b4519c048dae43160e18692b1bd6bfce3bf9d181ffa', 'read', 25, '');
INSERT INTO statistics.input_file VALUES (2003, 'police-registrations', 'police-registrations/2003/registrations-2003-07.xml', '2262bd833736716d9efa357015f64f7b1a32db4dc7aa2e9577048c3875d3ac65', 'read', 34, '');
INSERT INTO statistics.input_file VALUES (2003, 'police-registrations', 'police-registrations/2003/registrations-2003-08.xml', 'a3f872a97363787a2b6f366c4164683a144a061b9081fb586897e599d25f0218', 'read', 26, '');
INSERT INTO statistics.input_file VALUES (2003, 'police-registrations', 'police-registrations/2003/registrations-2003-09.xml', '0a2580bad6448ce7032833a2e1a1a5b0ab0daef2d2f696e7cd0eecc158bdd505', 'read', 15, '');
INSERT INTO statistics.input_file VALUES (2003, 'police-registrations', 'police-registrations/2003/registrations-2003-10.xml', '8fbab2f4cfdea1a912e63c1b321b786b04ae97634d5cb740f4127fad83db71c9', 'read', 39, '');
INSERT INTO statistics.input_file VALUES (2003, 'police-registrations', 'police-registrations/2003/registrations-2003-11.xml', 'af5f6cc76473fab6ae686f888ca6f31f0e512e9622231c9b6ae90421b384a307', 'read', 21, '');
INSERT INTO statistics.input_file VALUES (2003, 'police-registrations', 'police-registrations/2003/registrations-2003-12.xml', '201d3aa2be9776bae3a7a8c961eef405aac331bc4dd01bf740bc37aee317b6b2', 'quarantined', NULL, 'line 32: AttValue: '' expected');
INSERT INTO statistics.input_file VALUES (2003, 'population', 'population/2003/population-2003.csv', '7565ea9eea768a0cf25274dfa49bccfa89395296bce806a3a7ff67b1aa246527', 'read', 9, '');
INSERT INTO statistics.input_file VALUES (2003, 'population', 'population/2003/vital-2003-01.csv', 'e669a050f4086655504e533606700259c901e5cec11a6c6040368e79b4bf4df6', 'read', 2, '');
INSERT INTO statistics.input_file VALUES (2003, 'population', 'population/2003/vital-2003-02.csv', 'd4805e0048952a8d654dd5342aec23482c39c2b133440f6f774146b09834bd45', 'read', 2, '');
INSERT INTO statistics.input_file VALUES (2003, 'population', 'population/2003/vital-2003-03.csv', 'e892d6ab079093c8ef870deb3a89d6a2e92a52c661a8f4c50e08adf211b7c6e3', 'read', 4, '');
INSERT INTO statistics.input_file VALUES (2003, 'population', 'population/2003/vital-2003-04.csv', '4fb13931566dc2600563856b9f28d226b36b8a62b62b438c0367f407274fb8cd', 'superseded', NULL, '');
INSERT INTO statistics.input_file VALUES (2003, 'population', 'population/2003/vital-2003-04.v2.csv', '1d9e0911b46788c7667e18f3fc6f27583c64c0dbfa4d83b3723a8924073be60c', 'read', 2, '');
INSERT INTO statistics.input_file VALUES (2003, 'population', 'population/2003/vital-2003-05.csv', 'f894812f17c5539ae67d60ee66ef541b0932c93033dff7800ec15a990d5f2fdb', 'read', 2, '');
INSERT INTO statistics.input_file VALUES (2003, 'population', 'population/2003/vital-2003-06.csv', '1860db778da1b590896741585d8436969ec83ea9d919213322b570015cc4d424', 'read', 2, '');
INSERT INTO statistics.input_file VALUES (2003, 'population', 'population/2003/vital-2003-07.csv', 'd840105db1a405f7396bbc475538a39d1a190bd015915ca1c2336e2027040550', 'read', 3, '');
INSERT INTO statistics.input_file VALUES (2003, 'population', 'population/2003/vital-2003-08.csv', 'e044e0c992b60624c2240cc7d8b20f47dd5bb7b68fb8137c97178dcfa49d7585', 'read', 2, '');
INSERT INTO statistics.input_file VALUES (2003, 'population', 'population/2003/vital-2003-09.csv', '58f0bf41feebc98fa9a31cd1d88415a1adb2ca48f00b3fa2360e848bc676c2e6', 'read', 2, '');
INSERT INTO statistics.input_file VALUES (2003, 'population', 'population/2003/vital-2003-10.csv', 'b400be6410ada12b6fa3af003f55e033b2478465c4ea0eba15b5cf9dea619494', 'read', 2, '');
INSERT INTO statistics.input_file VALUES (2003, 'population', 'population/2003/vital-2003-11.csv', '13e4b12c1a0dde810c6da40862b679bd3a96314a6836a09309e9592f77426df9', 'read', 2, '');
INSERT INTO statistics.input_file VALUES (2003, 'population', 'population/2003/vital-2003-12.csv', 'db01267427bddeec908e7831f6ad676683935c46e7f99dcd5a428f8eb8da9799', 'read', 2, '');
INSERT INTO statistics.input_file VALUES (2003, 'refugees', 'refugees/2003/cases-2003-01.xml', 'ee9e2fe0ee56ff065fdc835227bbc6045da257c6cbe1082bcfb251953e0751b5', 'read', 9, '');
INSERT INTO statistics.input_file VALUES (2003, 'refugees', 'refugees/2003/cases-2003-02.xml', '41b338ff7900c12ead6aafe81e38daa628f433c5770ff3f1471f21835d606cfd', 'read', 6, '');
INSERT INTO statistics.input_file VALUES (2003, 'refugees', 'refugees/2003/cases-2003-03.xml', '1acc60553261d52ae23a3d104439f173088d3b281bd31b5778342c107de3fe25', 'read', 8, '');
INSERT INTO statistics.input_file VALUES (2003, 'refugees', 'refugees/2003/cases-2003-04.xml', '860e4e5295a59d81698c3f46e39288533e116fb9e0a1ba1ddf2894cabd0f5d79', 'read', 14, '');
INSERT INTO statistics.input_file VALUES (2003, 'refugees', 'refugees/2003/cases-2003-05.xml', '2684ec2131b914c40baf8e4853f2fc59b64c672c83303280e7b6c88a897dc7e1', 'read', 12, '');
INSERT INTO statistics.input_file VALUES (2003, 'refugees', 'refugees/2003/cases-2003-06.v2.xml', 'e508cc7be9aaaf07b80afaa4f670eac153cc802ca170fbbe60830a0cddb7cd0c', 'read', 11, '');
INSERT INTO statistics.input_file VALUES (2003, 'refugees', 'refugees/2003/cases-2003-06.xml', '2101cc8abc3177f4e841c96280f063e4ae1dce42b14455ceca25de5ff330b3ec', 'superseded', NULL, '');
INSERT INTO statistics.input_file VALUES (2003, 'refugees', 'refugees/2003/cases-2003-07.xml', 'e95303431dc09cdb1a148bf560dfd376ff9441e72cb34001d9bad0bb61567afb', 'read', 11, '');
INSERT INTO statistics.input_file VALUES (2003, 'refugees', 'refugees/2003/cases-2003-08.xml', '2f883fb4f090e6d5af826ce2ba372669af055ef722b6df34ee48b6a1192248b5', 'read', 15, '');
INSERT INTO statistics.input_file VALUES (2003, 'refugees', 'refugees/2003/cases-2003-09.xml', 'bb1c0b3766ce9f4f2f3a5d397916588363439f98a65b9c993956a897c52d6c92', 'read', 14, '');
INSERT INTO statistics.input_file VALUES (2003, 'refugees', 'refugees/2003/cases-2003-10.xml', '566b565d59559a6f09e76b402c5d31284ec7abddcc6c1d1f22eb5b02102d5abf', 'read', 14, '');
INSERT INTO statistics.input_file VALUES (2003, 'refugees', 'refugees/2003/cases-2003-11.xml', '5a7b5c67c267e8f36b015dcf626f406c94ff982f2b2ec9e215cc6fc119c071b9', 'read', 13, '');
INSERT INTO statistics.input_file VALUES (2003, 'refugees', 'refugees/2003/cases-2003-12.xml', 'e7d3b187748d06051ba27606dfc8ed3e50b0e0f185ed6e55c874e59455954dbe', 'read', 16, '');
INSERT INTO statistics.input_file VALUES (2003, 'refugees', 'refugees/2003/register-2003.xml', '239bde435a645bdb58ddd7078e3aefce37d2f81b8d6b30a535be15f8e42ba436', 'read', 68, '');
INSERT INTO statistics.input_file VALUES (2003, 'repatriates', 'repatriates/2003/repatriates-2003.v2.xml', 'cb741d68e98d0187034ac3088b132146f9e96cbf3b8f6f13dc321676827fc0b6', 'read', 67, '');
INSERT INTO statistics.input_file VALUES (2003, 'repatriates', 'repatriates/2003/repatriates-2003.xml', '64463609862a9db56fe45ee6720ab5b196e5f71634e1a1e70e3df44eb978392c', 'superseded', NULL, '');


--
-- Data for Name: labour_quota; Type: TABLE DATA; Schema: statistics; Owner: -
--

INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'QUOTA', '_T', '_T', 770, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'QUOTA', 'I', '_T', 40, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'QUOTA', 'II', '_T', 80, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'QUOTA', 'III', '_T', 650, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'QUOTA', 'IV', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', '_T', '_T', 65, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', '_T', 'CHN', 13, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', '_T', 'CZE', 1, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', '_T', 'DEU', 4, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', '_T', 'GBR', 3, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', '_T', 'GEO', 1, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', '_T', 'IND', 2, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', '_T', 'IRN', 1, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', '_T', 'ITA', 4, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', '_T', 'KOR', 4, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', '_T', 'RUS', 4, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', '_T', 'TUR', 20, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', '_T', 'UKR', 3, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', '_T', 'USA', 2, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', '_T', 'UZB', 3, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', 'I', '_T', 22, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', 'II', '_T', 19, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', 'III', '_T', 24, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'PERMITS', 'IV', '_T', 0, 'NUM', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', '_T', '_T', 525, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', '_T', 'CHN', 151, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', '_T', 'CZE', 9, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', '_T', 'DEU', 9, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', '_T', 'GBR', 33, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', '_T', 'GEO', 33, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', '_T', 'IND', 5, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', '_T', 'IRN', 2, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', '_T', 'ITA', 34, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', '_T', 'KOR', 13, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', '_T', 'RUS', 57, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', '_T', 'TUR', 159, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', '_T', 'UKR', 10, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', '_T', 'USA', 3, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', '_T', 'UZB', 7, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', 'I', '_T', 36, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', 'II', '_T', 49, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', 'III', '_T', 440, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'WORKERS', 'IV', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'FULFILMENT', '_T', '_T', 68.2, 'PC', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'FULFILMENT', 'I', '_T', 90.0, 'PC', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'FULFILMENT', 'II', '_T', 61.3, 'PC', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'FULFILMENT', 'III', '_T', 67.7, 'PC', 'A', 12);
INSERT INTO statistics.labour_quota VALUES ('KZ-71', 2003, 'FULFILMENT', 'IV', '_T', NULL, 'PC', 'M', 12);


--
-- Data for Name: migration_flows; Type: TABLE DATA; Schema: statistics; Owner: -
--

INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'TOTAL', '_T', '_T', 237, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'TOTAL', '_T', 'AZE', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'TOTAL', '_T', 'BLR', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'TOTAL', '_T', 'GER', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'TOTAL', '_T', 'KAZ', 174, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'TOTAL', '_T', 'KOR', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'TOTAL', '_T', 'OTH', 5, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'TOTAL', '_T', 'POL', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'TOTAL', '_T', 'RUS', 39, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'TOTAL', '_T', 'TAT', 4, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'TOTAL', '_T', 'UIG', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'TOTAL', '_T', 'UKR', 6, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'TOTAL', '_T', 'UZB', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'TOTAL', '_T', '_U', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', '_T', '_T', 12, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', '_T', 'BLR', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', '_T', 'GER', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', '_T', 'KAZ', 10, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', '_T', 'OTH', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', '_T', 'RUS', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', '_T', 'TAT', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', '_T', 'UKR', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', 'CAN', '_T', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', 'CHN', '_T', 3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', 'DEU', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', 'GRC', '_T', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', 'IRN', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', 'ISR', '_T', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', 'MNG', '_T', 4, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', 'POL', '_T', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', 'TUR', '_T', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'FAR_ABROAD', 'USA', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', '_T', '_T', 25, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', '_T', 'AZE', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', '_T', 'BLR', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', '_T', 'GER', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', '_T', 'KAZ', 14, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', '_T', 'OTH', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', '_T', 'POL', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', '_T', 'RUS', 6, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', '_T', 'TAT', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', '_T', 'UKR', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', '_T', 'UZB', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', 'ARM', '_T', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', 'AZE', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', 'BLR', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', 'KGZ', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', 'MDA', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', 'RUS', '_T', 15, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', 'TJK', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', 'TKM', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', 'UKR', '_T', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'CIS', 'UZB', '_T', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', '_T', '_T', 190, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', '_T', 'BLR', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', '_T', 'GER', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', '_T', 'KAZ', 142, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', '_T', 'KOR', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', '_T', 'OTH', 3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', '_T', 'RUS', 30, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', '_T', 'TAT', 3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', '_T', 'UIG', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', '_T', 'UKR', 5, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', '_T', 'UZB', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', '_T', '_U', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', 'KZ-11', '_T', 59, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', 'KZ-15', '_T', 7, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', 'KZ-19', '_T', 7, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', 'KZ-23', '_T', 4, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', 'KZ-27', '_T', 5, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', 'KZ-31', '_T', 7, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', 'KZ-35', '_T', 21, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', 'KZ-39', '_T', 22, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', 'KZ-43', '_T', 7, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', 'KZ-47', '_T', 4, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', 'KZ-51', '_T', 9, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', 'KZ-55', '_T', 10, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', 'KZ-59', '_T', 12, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', 'KZ-63', '_T', 10, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'KZ_REGIONS', 'KZ-75', '_T', 6, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'NOT_STATED', '_T', '_T', 10, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'NOT_STATED', '_T', 'KAZ', 8, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'NOT_STATED', '_T', 'RUS', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'ARR', 'NOT_STATED', '_T', 'UKR', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'TOTAL', '_T', '_T', 118, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'TOTAL', '_T', 'AZE', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'TOTAL', '_T', 'BLR', 3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'TOTAL', '_T', 'GER', 11, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'TOTAL', '_T', 'KAZ', 30, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'TOTAL', '_T', 'KOR', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'TOTAL', '_T', 'OTH', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'TOTAL', '_T', 'POL', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'TOTAL', '_T', 'RUS', 59, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'TOTAL', '_T', 'TAT', 3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'TOTAL', '_T', 'UIG', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'TOTAL', '_T', 'UKR', 9, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'TOTAL', '_T', 'UZB', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'TOTAL', '_T', '_U', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', '_T', '_T', 25, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', '_T', 'BLR', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', '_T', 'GER', 4, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', '_T', 'KAZ', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', '_T', 'OTH', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', '_T', 'RUS', 16, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', '_T', 'TAT', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', '_T', 'UKR', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', 'CAN', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', 'CHN', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', 'DEU', '_T', 14, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', 'GRC', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', 'IRN', '_T', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', 'ISR', '_T', 3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', 'MNG', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', 'POL', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', 'TUR', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'FAR_ABROAD', 'USA', '_T', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', '_T', '_T', 45, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', '_T', 'AZE', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', '_T', 'BLR', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', '_T', 'GER', 6, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', '_T', 'KAZ', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', '_T', 'OTH', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', '_T', 'POL', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', '_T', 'RUS', 29, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', '_T', 'TAT', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', '_T', 'UKR', 4, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', '_T', 'UZB', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', 'ARM', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', 'AZE', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', 'BLR', '_T', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', 'KGZ', '_T', 3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', 'MDA', '_T', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', 'RUS', '_T', 28, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', 'TJK', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', 'TKM', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', 'UKR', '_T', 3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'CIS', 'UZB', '_T', 5, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', '_T', '_T', 40, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', '_T', 'BLR', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', '_T', 'GER', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', '_T', 'KAZ', 23, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', '_T', 'KOR', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', '_T', 'OTH', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', '_T', 'RUS', 12, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', '_T', 'TAT', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', '_T', 'UIG', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', '_T', 'UKR', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', '_T', 'UZB', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', '_T', '_U', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', 'KZ-11', '_T', 10, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', 'KZ-15', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', 'KZ-19', '_T', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', 'KZ-23', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', 'KZ-27', '_T', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', 'KZ-31', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', 'KZ-35', '_T', 6, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', 'KZ-39', '_T', 3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', 'KZ-43', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', 'KZ-47', '_T', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', 'KZ-51', '_T', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', 'KZ-55', '_T', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', 'KZ-59', '_T', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', 'KZ-63', '_T', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'KZ_REGIONS', 'KZ-75', '_T', 7, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'NOT_STATED', '_T', '_T', 8, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'NOT_STATED', '_T', 'KAZ', 5, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'NOT_STATED', '_T', 'RUS', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'DEP', 'NOT_STATED', '_T', 'UKR', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'TOTAL', '_T', '_T', 119, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'TOTAL', '_T', 'AZE', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'TOTAL', '_T', 'BLR', -2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'TOTAL', '_T', 'GER', -9, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'TOTAL', '_T', 'KAZ', 144, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'TOTAL', '_T', 'KOR', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'TOTAL', '_T', 'OTH', 3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'TOTAL', '_T', 'POL', -1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'TOTAL', '_T', 'RUS', -20, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'TOTAL', '_T', 'TAT', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'TOTAL', '_T', 'UIG', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'TOTAL', '_T', 'UKR', -3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'TOTAL', '_T', 'UZB', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'TOTAL', '_T', '_U', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', '_T', '_T', -13, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', '_T', 'BLR', -1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', '_T', 'GER', -4, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', '_T', 'KAZ', 9, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', '_T', 'OTH', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', '_T', 'RUS', -15, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', '_T', 'TAT', -1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', '_T', 'UKR', -2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', 'CAN', '_T', -1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', 'CHN', '_T', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', 'DEU', '_T', -13, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', 'GRC', '_T', -1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', 'IRN', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', 'ISR', '_T', -3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', 'MNG', '_T', 3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', 'POL', '_T', -1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', 'TUR', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'FAR_ABROAD', 'USA', '_T', -1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', '_T', '_T', -20, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', '_T', 'AZE', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', '_T', 'BLR', -2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', '_T', 'GER', -6, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', '_T', 'KAZ', 13, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', '_T', 'OTH', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', '_T', 'POL', -1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', '_T', 'RUS', -23, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', '_T', 'TAT', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', '_T', 'UKR', -3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', '_T', 'UZB', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', 'ARM', '_T', -1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', 'AZE', '_T', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', 'BLR', '_T', -1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', 'KGZ', '_T', -2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', 'MDA', '_T', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', 'RUS', '_T', -13, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', 'TJK', '_T', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', 'TKM', '_T', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', 'UKR', '_T', -1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'CIS', 'UZB', '_T', -3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', '_T', '_T', 150, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', '_T', 'BLR', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', '_T', 'GER', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', '_T', 'KAZ', 119, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', '_T', 'KOR', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', '_T', 'OTH', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', '_T', 'RUS', 18, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', '_T', 'TAT', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', '_T', 'UIG', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', '_T', 'UKR', 3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', '_T', 'UZB', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', '_T', '_U', 1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', 'KZ-11', '_T', 49, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', 'KZ-15', '_T', 6, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', 'KZ-19', '_T', 5, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', 'KZ-23', '_T', 3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', 'KZ-27', '_T', 5, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', 'KZ-31', '_T', 6, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', 'KZ-35', '_T', 15, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', 'KZ-39', '_T', 19, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', 'KZ-43', '_T', 6, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', 'KZ-47', '_T', 4, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', 'KZ-51', '_T', 7, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', 'KZ-55', '_T', 8, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', 'KZ-59', '_T', 10, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', 'KZ-63', '_T', 8, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'KZ_REGIONS', 'KZ-75', '_T', -1, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'NOT_STATED', '_T', '_T', 2, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'NOT_STATED', '_T', 'KAZ', 3, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'NOT_STATED', '_T', 'RUS', 0, 'A', 12);
INSERT INTO statistics.migration_flows VALUES ('KZ-71', 2003, 'NET', 'NOT_STATED', '_T', 'UKR', -1, 'A', 12);


--
-- Data for Name: population; Type: TABLE DATA; Schema: statistics; Owner: -
--

INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'POP_START', '_T', 510261, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'POP_START', 'M', 244871, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'POP_START', 'F', 265390, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'BIRTHS', '_T', 7412, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'BIRTHS', 'M', 3828, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'BIRTHS', 'F', 3584, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'DEATHS', '_T', 3605, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'DEATHS', 'M', 1911, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'DEATHS', 'F', 1694, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'NATURAL_INCREASE', '_T', 3807, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'NATURAL_INCREASE', 'M', 1917, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'NATURAL_INCREASE', 'F', 1890, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'ARRIVALS', '_T', 237, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'DEPARTURES', '_T', 118, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'NET_MIGRATION', '_T', 119, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'ADJUSTMENT', '_T', -817, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'ADJUSTMENT', 'M', -426, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'ADJUSTMENT', 'F', -391, 'A', 12);
INSERT INTO statistics.population VALUES ('KZ-71', 2003, 'POP_END', '_T', 513370, 'A', 12);


--
-- Data for Name: quality_check; Type: TABLE DATA; Schema: statistics; Owner: -
--

INSERT INTO statistics.quality_check VALUES (2003, 'labour-quotas: rejects within threshold (14 of 105, limit 0.5)', true);
INSERT INTO statistics.quality_check VALUES (2003, 'labour-quota: _T = sum of categories', true);
INSERT INTO statistics.quality_check VALUES (2003, 'migration-slips: rejects within threshold (17 of 387, limit 0.5)', true);
INSERT INTO statistics.quality_check VALUES (2003, 'migration-flows: TOTAL = sum of groups', true);
INSERT INTO statistics.quality_check VALUES (2003, 'migration-flows: NET = ARR - DEP', true);
INSERT INTO statistics.quality_check VALUES (2003, 'police-registrations: rejects within threshold (12 of 311, limit 0.5)', true);
INSERT INTO statistics.quality_check VALUES (2003, 'foreign-registrations: TOTAL = sum of groups', true);
INSERT INTO statistics.quality_check VALUES (2003, 'population: rejects within threshold (8 of 36, limit 0.5)', true);
INSERT INTO statistics.quality_check VALUES (2003, 'population: _T = M + F', true);
INSERT INTO statistics.quality_check VALUES (2003, 'population: POP_END = POP_START + NATURAL_INCREASE + NET_MIGRATION + ADJUSTMENT', true);
INSERT INTO statistics.quality_check VALUES (2003, 'refugees: rejects within threshold (13 of 211, limit 0.5)', true);
INSERT INTO statistics.quality_check VALUES (2003, 'refugees: TOTAL = sum of groups', true);
INSERT INTO statistics.quality_check VALUES (2003, 'refugees: HOLDERS_END = HOLDERS_START + GRANTED - CEASED', true);
INSERT INTO statistics.quality_check VALUES (2003, 'refugees: PENDING_END = PENDING_START + APPLIED - GRANTED - REFUSED - WITHDRAWN', true);
INSERT INTO statistics.quality_check VALUES (2003, 'repatriates: rejects within threshold (10 of 67, limit 0.5)', true);
INSERT INTO statistics.quality_check VALUES (2003, 'repatriates: _T = QUOTA + NON_QUOTA', true);


--
-- Data for Name: record_fates; Type: TABLE DATA; Schema: statistics; Owner: -
--

INSERT INTO statistics.record_fates VALUES (2003, 'labour-quotas', 'accepted', '', 69);
INSERT INTO statistics.record_fates VALUES (2003, 'labour-quotas', 'cancelled', '', 5);
INSERT INTO statistics.record_fates VALUES (2003, 'labour-quotas', 'superseded', '', 17);
INSERT INTO statistics.record_fates VALUES (2003, 'labour-quotas', 'rejected', 'impossible date', 2);
INSERT INTO statistics.record_fates VALUES (2003, 'labour-quotas', 'rejected', 'invalid BIN', 4);
INSERT INTO statistics.record_fates VALUES (2003, 'labour-quotas', 'rejected', 'missing permit number', 2);
INSERT INTO statistics.record_fates VALUES (2003, 'labour-quotas', 'rejected', 'non-positive worker count', 2);
INSERT INTO statistics.record_fates VALUES (2003, 'labour-quotas', 'rejected', 'outside reporting year', 2);
INSERT INTO statistics.record_fates VALUES (2003, 'labour-quotas', 'rejected', 'unknown category', 2);
INSERT INTO statistics.record_fates VALUES (2003, 'migration-slips', 'accepted', '', 355);
INSERT INTO statistics.record_fates VALUES (2003, 'migration-slips', 'duplicate', '', 8);
INSERT INTO statistics.record_fates VALUES (2003, 'migration-slips', 'excluded', '', 7);
INSERT INTO statistics.record_fates VALUES (2003, 'migration-slips', 'rejected', 'impossible date', 3);
INSERT INTO statistics.record_fates VALUES (2003, 'migration-slips', 'rejected', 'invalid kind', 4);
INSERT INTO statistics.record_fates VALUES (2003, 'migration-slips', 'rejected', 'missing slip_id', 2);
INSERT INTO statistics.record_fates VALUES (2003, 'migration-slips', 'rejected', 'outside reporting year', 4);
INSERT INTO statistics.record_fates VALUES (2003, 'migration-slips', 'rejected', 'wrong number of fields', 4);
INSERT INTO statistics.record_fates VALUES (2003, 'police-registrations', 'accepted', '', 280);
INSERT INTO statistics.record_fates VALUES (2003, 'police-registrations', 'cancelled', '', 5);
INSERT INTO statistics.record_fates VALUES (2003, 'police-registrations', 'duplicate', '', 4);
INSERT INTO statistics.record_fates VALUES (2003, 'police-registrations', 'superseded', '', 10);
INSERT INTO statistics.record_fates VALUES (2003, 'police-registrations', 'rejected', 'arrival after registration', 2);
INSERT INTO statistics.record_fates VALUES (2003, 'police-registrations', 'rejected', 'citizen of Kazakhstan', 3);
INSERT INTO statistics.record_fates VALUES (2003, 'police-registrations', 'rejected', 'impossible date', 2);
INSERT INTO statistics.record_fates VALUES (2003, 'police-registrations', 'rejected', 'missing docHash', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'police-registrations', 'rejected', 'missing id', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'police-registrations', 'rejected', 'missing registration date', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'police-registrations', 'rejected', 'outside reporting year', 2);
INSERT INTO statistics.record_fates VALUES (2003, 'population', 'accepted', '', 28);
INSERT INTO statistics.record_fates VALUES (2003, 'population', 'rejected', 'duplicate row', 2);
INSERT INTO statistics.record_fates VALUES (2003, 'population', 'rejected', 'impossible date', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'population', 'rejected', 'invalid count', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'population', 'rejected', 'missing sex', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'population', 'rejected', 'outside reporting year', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'population', 'rejected', 'unknown item', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'population', 'rejected', 'unknown sex', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'accepted', '', 162);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'cancelled', '', 2);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'duplicate', '', 2);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'superseded', '', 32);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'rejected', 'cessation without grant', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'rejected', 'citizen of Kazakhstan', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'rejected', 'decision before application', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'rejected', 'impossible date', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'rejected', 'invalid persons', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'rejected', 'invalid revision', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'rejected', 'invalid status', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'rejected', 'missing application date', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'rejected', 'missing docHash', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'rejected', 'missing id', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'rejected', 'outside reporting year', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'rejected', 'unknown basis', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'refugees', 'rejected', 'unknown outcome', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'repatriates', 'accepted', '', 57);
INSERT INTO statistics.record_fates VALUES (2003, 'repatriates', 'rejected', 'duplicate family id', 2);
INSERT INTO statistics.record_fates VALUES (2003, 'repatriates', 'rejected', 'impossible date', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'repatriates', 'rejected', 'negative amount', 1);
INSERT INTO statistics.record_fates VALUES (2003, 'repatriates', 'rejected', 'no head member', 2);
INSERT INTO statistics.record_fates VALUES (2003, 'repatriates', 'rejected', 'outside reporting year', 2);
INSERT INTO statistics.record_fates VALUES (2003, 'repatriates', 'rejected', 'unknown payment kind', 2);


--
-- Data for Name: refugees; Type: TABLE DATA; Schema: statistics; Owner: -
--

INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_START', 'TOTAL', '_T', 113, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_START', 'CIS', '_T', 43, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_START', 'CIS', 'RUS', 15, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_START', 'CIS', 'TJK', 25, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_START', 'CIS', 'UZB', 3, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_START', 'FAR_ABROAD', '_T', 62, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_START', 'FAR_ABROAD', 'AFG', 54, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_START', 'FAR_ABROAD', 'CHN', 6, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_START', 'FAR_ABROAD', 'IRN', 2, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_START', 'STATELESS', '_T', 8, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_START', 'NOT_STATED', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_START', 'TOTAL', '_T', 82, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_START', 'CIS', '_T', 26, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_START', 'CIS', 'RUS', 10, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_START', 'CIS', 'TJK', 5, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_START', 'CIS', 'UZB', 11, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_START', 'FAR_ABROAD', '_T', 51, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_START', 'FAR_ABROAD', 'AFG', 32, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_START', 'FAR_ABROAD', 'CHN', 16, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_START', 'FAR_ABROAD', 'IRN', 3, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_START', 'STATELESS', '_T', 5, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_START', 'NOT_STATED', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'APPLIED', 'TOTAL', '_T', 211, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'APPLIED', 'CIS', '_T', 68, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'APPLIED', 'CIS', 'RUS', 23, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'APPLIED', 'CIS', 'TJK', 27, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'APPLIED', 'CIS', 'UZB', 18, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'APPLIED', 'FAR_ABROAD', '_T', 130, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'APPLIED', 'FAR_ABROAD', 'AFG', 92, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'APPLIED', 'FAR_ABROAD', 'CHN', 36, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'APPLIED', 'FAR_ABROAD', 'IRN', 2, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'APPLIED', 'STATELESS', '_T', 12, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'APPLIED', 'NOT_STATED', '_T', 1, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'GRANTED', 'TOTAL', '_T', 41, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'GRANTED', 'CIS', '_T', 9, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'GRANTED', 'CIS', 'RUS', 5, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'GRANTED', 'CIS', 'TJK', 4, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'GRANTED', 'FAR_ABROAD', '_T', 28, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'GRANTED', 'FAR_ABROAD', 'AFG', 28, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'GRANTED', 'STATELESS', '_T', 4, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'GRANTED', 'NOT_STATED', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'REFUSED', 'TOTAL', '_T', 95, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'REFUSED', 'CIS', '_T', 32, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'REFUSED', 'CIS', 'RUS', 5, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'REFUSED', 'CIS', 'TJK', 9, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'REFUSED', 'CIS', 'UZB', 18, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'REFUSED', 'FAR_ABROAD', '_T', 54, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'REFUSED', 'FAR_ABROAD', 'AFG', 17, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'REFUSED', 'FAR_ABROAD', 'CHN', 34, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'REFUSED', 'FAR_ABROAD', 'IRN', 3, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'REFUSED', 'STATELESS', '_T', 9, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'REFUSED', 'NOT_STATED', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'WITHDRAWN', 'TOTAL', '_T', 7, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'WITHDRAWN', 'CIS', '_T', 5, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'WITHDRAWN', 'CIS', 'RUS', 3, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'WITHDRAWN', 'CIS', 'UZB', 2, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'WITHDRAWN', 'FAR_ABROAD', '_T', 1, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'WITHDRAWN', 'FAR_ABROAD', 'CHN', 1, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'WITHDRAWN', 'STATELESS', '_T', 1, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'WITHDRAWN', 'NOT_STATED', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_RETURNED', 'TOTAL', '_T', 3, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_RETURNED', 'CIS', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_RETURNED', 'FAR_ABROAD', '_T', 3, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_RETURNED', 'FAR_ABROAD', 'AFG', 3, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_RETURNED', 'STATELESS', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_RETURNED', 'NOT_STATED', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_NATURALISED', 'TOTAL', '_T', 1, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_NATURALISED', 'CIS', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_NATURALISED', 'FAR_ABROAD', '_T', 1, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_NATURALISED', 'FAR_ABROAD', 'AFG', 1, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_NATURALISED', 'STATELESS', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_NATURALISED', 'NOT_STATED', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_RESETTLED', 'TOTAL', '_T', 3, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_RESETTLED', 'CIS', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_RESETTLED', 'FAR_ABROAD', '_T', 3, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_RESETTLED', 'FAR_ABROAD', 'AFG', 3, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_RESETTLED', 'STATELESS', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_RESETTLED', 'NOT_STATED', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_REVOKED', 'TOTAL', '_T', 3, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_REVOKED', 'CIS', '_T', 3, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_REVOKED', 'CIS', 'TJK', 3, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_REVOKED', 'FAR_ABROAD', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_REVOKED', 'STATELESS', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'CEASED_REVOKED', 'NOT_STATED', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_END', 'TOTAL', '_T', 144, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_END', 'CIS', '_T', 49, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_END', 'CIS', 'RUS', 20, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_END', 'CIS', 'TJK', 26, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_END', 'CIS', 'UZB', 3, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_END', 'FAR_ABROAD', '_T', 83, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_END', 'FAR_ABROAD', 'AFG', 75, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_END', 'FAR_ABROAD', 'CHN', 6, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_END', 'FAR_ABROAD', 'IRN', 2, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_END', 'STATELESS', '_T', 12, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'HOLDERS_END', 'NOT_STATED', '_T', 0, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_END', 'TOTAL', '_T', 150, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_END', 'CIS', '_T', 48, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_END', 'CIS', 'RUS', 20, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_END', 'CIS', 'TJK', 19, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_END', 'CIS', 'UZB', 9, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_END', 'FAR_ABROAD', '_T', 98, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_END', 'FAR_ABROAD', 'AFG', 79, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_END', 'FAR_ABROAD', 'CHN', 17, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_END', 'FAR_ABROAD', 'IRN', 2, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_END', 'STATELESS', '_T', 3, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'PENDING_END', 'NOT_STATED', '_T', 1, 'PS', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'RECOGNITION_RATE', 'TOTAL', '_T', 30.1, 'PC', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'RECOGNITION_RATE', 'CIS', '_T', 22.0, 'PC', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'RECOGNITION_RATE', 'CIS', 'RUS', 50.0, 'PC', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'RECOGNITION_RATE', 'CIS', 'TJK', 30.8, 'PC', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'RECOGNITION_RATE', 'CIS', 'UZB', 0.0, 'PC', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'RECOGNITION_RATE', 'FAR_ABROAD', '_T', 34.1, 'PC', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'RECOGNITION_RATE', 'FAR_ABROAD', 'AFG', 62.2, 'PC', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'RECOGNITION_RATE', 'FAR_ABROAD', 'CHN', 0.0, 'PC', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'RECOGNITION_RATE', 'FAR_ABROAD', 'IRN', 0.0, 'PC', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'RECOGNITION_RATE', 'STATELESS', '_T', 30.8, 'PC', 'A', 12);
INSERT INTO statistics.refugees VALUES ('KZ-71', 2003, 'RECOGNITION_RATE', 'NOT_STATED', '_T', NULL, 'PC', 'M', 12);


--
-- Data for Name: repatriates; Type: TABLE DATA; Schema: statistics; Owner: -
--

INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'FAMILIES', '_T', '_T', 57, 'FAM', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'FAMILIES', '_T', 'AFG', 1, 'FAM', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'FAMILIES', '_T', 'CHN', 7, 'FAM', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'FAMILIES', '_T', 'IRN', 2, 'FAM', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'FAMILIES', '_T', 'MNG', 31, 'FAM', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'FAMILIES', '_T', 'RUS', 2, 'FAM', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'FAMILIES', '_T', 'TKM', 5, 'FAM', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'FAMILIES', '_T', 'TUR', 1, 'FAM', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'FAMILIES', '_T', 'UZB', 8, 'FAM', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'FAMILIES', 'QUOTA', '_T', 49, 'FAM', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'FAMILIES', 'NON_QUOTA', '_T', 8, 'FAM', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PERSONS', '_T', '_T', 282, 'PS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PERSONS', '_T', 'AFG', 4, 'PS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PERSONS', '_T', 'CHN', 36, 'PS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PERSONS', '_T', 'IRN', 10, 'PS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PERSONS', '_T', 'MNG', 144, 'PS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PERSONS', '_T', 'RUS', 10, 'PS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PERSONS', '_T', 'TKM', 25, 'PS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PERSONS', '_T', 'TUR', 3, 'PS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PERSONS', '_T', 'UZB', 50, 'PS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PERSONS', 'QUOTA', '_T', 245, 'PS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PERSONS', 'NON_QUOTA', '_T', 37, 'PS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PAY_BENEFIT', '_T', '_T', 3528.03, 'KZT_THS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PAY_BENEFIT', 'QUOTA', '_T', 3343.03, 'KZT_THS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PAY_BENEFIT', 'NON_QUOTA', '_T', 185.00, 'KZT_THS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PAY_TRANSPORT', '_T', '_T', 1519.00, 'KZT_THS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PAY_TRANSPORT', 'QUOTA', '_T', 1519.00, 'KZT_THS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PAY_TRANSPORT', 'NON_QUOTA', '_T', 0.00, 'KZT_THS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PAY_HOUSING', '_T', '_T', 72520.00, 'KZT_THS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PAY_HOUSING', 'QUOTA', '_T', 72520.00, 'KZT_THS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PAY_HOUSING', 'NON_QUOTA', '_T', 0.00, 'KZT_THS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PAY_ADAPTATION', '_T', '_T', 131.23, 'KZT_THS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PAY_ADAPTATION', 'QUOTA', '_T', 123.46, 'KZT_THS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PAY_ADAPTATION', 'NON_QUOTA', '_T', 7.78, 'KZT_THS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PLAN_FAMILIES', 'QUOTA', '_T', 80, 'FAM', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'PLAN_PERSONS', 'QUOTA', '_T', 400, 'PS', 'A', 12);
INSERT INTO statistics.repatriates VALUES ('KZ-71', 2003, 'FULFILMENT', 'QUOTA', '_T', 61.3, 'PC', 'A', 12);


--
-- Data for Name: run; Type: TABLE DATA; Schema: statistics; Owner: -
--

INSERT INTO statistics.run OVERRIDING SYSTEM VALUE VALUES (1, '2026-12-07 07:04:45+00', '2026-12-07 07:04:45+00', '1.0.0', '2003', 3);


--
-- Data for Name: schema_info; Type: TABLE DATA; Schema: statistics; Owner: -
--

INSERT INTO statistics.schema_info VALUES (1);


--
-- Data for Name: slips_by_month; Type: TABLE DATA; Schema: statistics; Owner: -
--

INSERT INTO statistics.slips_by_month VALUES (2003, 1, 15, 7);
INSERT INTO statistics.slips_by_month VALUES (2003, 2, 15, 7);
INSERT INTO statistics.slips_by_month VALUES (2003, 3, 17, 8);
INSERT INTO statistics.slips_by_month VALUES (2003, 4, 19, 10);
INSERT INTO statistics.slips_by_month VALUES (2003, 5, 21, 11);
INSERT INTO statistics.slips_by_month VALUES (2003, 6, 24, 12);
INSERT INTO statistics.slips_by_month VALUES (2003, 7, 23, 11);
INSERT INTO statistics.slips_by_month VALUES (2003, 8, 23, 11);
INSERT INTO statistics.slips_by_month VALUES (2003, 9, 21, 11);
INSERT INTO statistics.slips_by_month VALUES (2003, 10, 21, 11);
INSERT INTO statistics.slips_by_month VALUES (2003, 11, 19, 10);
INSERT INTO statistics.slips_by_month VALUES (2003, 12, 19, 9);


--
-- Data for Name: year_state; Type: TABLE DATA; Schema: statistics; Owner: -
--

INSERT INTO statistics.year_state VALUES (2003, 'failed', '2026-12-07 07:04:45+00', '80119f916ff06cef0185f1c247eeef9260da341b4fc794a85260e7ce97c70c51');


--
-- Name: run_id_seq; Type: SEQUENCE SET; Schema: statistics; Owner: -
--

SELECT pg_catalog.setval('statistics.run_id_seq', 1, true);


--
-- Name: labour_permit labour_permit_pkey; Type: CONSTRAINT; Schema: records; Owner: -
--

ALTER TABLE ONLY records.labour_permit
    ADD CONSTRAINT labour_permit_pkey PRIMARY KEY (year, source_file, source_line);


--
-- Name: labour_quota_row labour_quota_row_pkey; Type: CONSTRAINT; Schema: records; Owner: -
--

ALTER TABLE ONLY records.labour_quota_row
    ADD CONSTRAINT labour_quota_row_pkey PRIMARY KEY (year, source_file, source_line);


--
-- Name: migration_slip migration_slip_pkey; Type: CONSTRAINT; Schema: records; Owner: -
--

ALTER TABLE ONLY records.migration_slip
    ADD CONSTRAINT migration_slip_pkey PRIMARY KEY (year, source_file, source_line);


--
-- Name: police_registration police_registration_pkey; Type: CONSTRAINT; Schema: records; Owner: -
--

ALTER TABLE ONLY records.police_registration
    ADD CONSTRAINT police_registration_pkey PRIMARY KEY (year, source_file, source_line);


--
-- Name: population_row population_row_pkey; Type: CONSTRAINT; Schema: records; Owner: -
--

ALTER TABLE ONLY records.population_row
    ADD CONSTRAINT population_row_pkey PRIMARY KEY (year, source_file, source_line);


--
-- Name: refugee_case refugee_case_pkey; Type: CONSTRAINT; Schema: records; Owner: -
--

ALTER TABLE ONLY records.refugee_case
    ADD CONSTRAINT refugee_case_pkey PRIMARY KEY (year, source_file, source_line);


--
-- Name: refugee_register_case refugee_register_case_pkey; Type: CONSTRAINT; Schema: records; Owner: -
--

ALTER TABLE ONLY records.refugee_register_case
    ADD CONSTRAINT refugee_register_case_pkey PRIMARY KEY (year, source_file, source_line);


--
-- Name: repatriate_family repatriate_family_pkey; Type: CONSTRAINT; Schema: records; Owner: -
--

ALTER TABLE ONLY records.repatriate_family
    ADD CONSTRAINT repatriate_family_pkey PRIMARY KEY (year, source_file, source_line);


--
-- Name: vital_row vital_row_pkey; Type: CONSTRAINT; Schema: records; Owner: -
--

ALTER TABLE ONLY records.vital_row
    ADD CONSTRAINT vital_row_pkey PRIMARY KEY (year, source_file, source_line);


--
-- Name: foreign_registrations foreign_registrations_pkey; Type: CONSTRAINT; Schema: statistics; Owner: -
--

ALTER TABLE ONLY statistics.foreign_registrations
    ADD CONSTRAINT foreign_registrations_pkey PRIMARY KEY (ref_area, time_period, measure, citizenship_group, citizenship, purpose);


--
-- Name: input_file input_file_pkey; Type: CONSTRAINT; Schema: statistics; Owner: -
--

ALTER TABLE ONLY statistics.input_file
    ADD CONSTRAINT input_file_pkey PRIMARY KEY (year, feed, path);


--
-- Name: labour_quota labour_quota_pkey; Type: CONSTRAINT; Schema: statistics; Owner: -
--

ALTER TABLE ONLY statistics.labour_quota
    ADD CONSTRAINT labour_quota_pkey PRIMARY KEY (ref_area, time_period, measure, category, citizenship);


--
-- Name: migration_flows migration_flows_pkey; Type: CONSTRAINT; Schema: statistics; Owner: -
--

ALTER TABLE ONLY statistics.migration_flows
    ADD CONSTRAINT migration_flows_pkey PRIMARY KEY (ref_area, time_period, flow, partner_group, partner, ethnicity);


--
-- Name: population population_pkey; Type: CONSTRAINT; Schema: statistics; Owner: -
--

ALTER TABLE ONLY statistics.population
    ADD CONSTRAINT population_pkey PRIMARY KEY (ref_area, time_period, measure, sex);


--
-- Name: quality_check quality_check_pkey; Type: CONSTRAINT; Schema: statistics; Owner: -
--

ALTER TABLE ONLY statistics.quality_check
    ADD CONSTRAINT quality_check_pkey PRIMARY KEY (year, name);


--
-- Name: record_fates record_fates_pkey; Type: CONSTRAINT; Schema: statistics; Owner: -
--

ALTER TABLE ONLY statistics.record_fates
    ADD CONSTRAINT record_fates_pkey PRIMARY KEY (year, feed, fate, reason);


--
-- Name: refugees refugees_pkey; Type: CONSTRAINT; Schema: statistics; Owner: -
--

ALTER TABLE ONLY statistics.refugees
    ADD CONSTRAINT refugees_pkey PRIMARY KEY (ref_area, time_period, measure, citizenship_group, citizenship);


--
-- Name: repatriates repatriates_pkey; Type: CONSTRAINT; Schema: statistics; Owner: -
--

ALTER TABLE ONLY statistics.repatriates
    ADD CONSTRAINT repatriates_pkey PRIMARY KEY (ref_area, time_period, measure, basis, origin);


--
-- Name: run run_pkey; Type: CONSTRAINT; Schema: statistics; Owner: -
--

ALTER TABLE ONLY statistics.run
    ADD CONSTRAINT run_pkey PRIMARY KEY (id);


--
-- Name: slips_by_month slips_by_month_pkey; Type: CONSTRAINT; Schema: statistics; Owner: -
--

ALTER TABLE ONLY statistics.slips_by_month
    ADD CONSTRAINT slips_by_month_pkey PRIMARY KEY (year, month);


--
-- Name: year_state year_state_pkey; Type: CONSTRAINT; Schema: statistics; Owner: -
--

ALTER TABLE ONLY statistics.year_state
    ADD CONSTRAINT year_state_pkey PRIMARY KEY (year);


--
-- Name: SCHEMA records; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA records TO migstat_analyst;


--
-- Name: SCHEMA statistics; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA statistics TO migstat_analyst;
GRANT USAGE ON SCHEMA statistics TO migstat_reader;


--
-- Name: TABLE labour_permit; Type: ACL; Schema: records; Owner: -
--

GRANT SELECT ON TABLE records.labour_permit TO migstat_analyst;


--
-- Name: TABLE labour_quota_row; Type: ACL; Schema: records; Owner: -
--

GRANT SELECT ON TABLE records.labour_quota_row TO migstat_analyst;


--
-- Name: TABLE migration_slip; Type: ACL; Schema: records; Owner: -
--

GRANT SELECT ON TABLE records.migration_slip TO migstat_analyst;


--
-- Name: TABLE permits_by_employer; Type: ACL; Schema: records; Owner: -
--

GRANT SELECT ON TABLE records.permits_by_employer TO migstat_analyst;


--
-- Name: TABLE police_registration; Type: ACL; Schema: records; Owner: -
--

GRANT SELECT ON TABLE records.police_registration TO migstat_analyst;


--
-- Name: TABLE population_row; Type: ACL; Schema: records; Owner: -
--

GRANT SELECT ON TABLE records.population_row TO migstat_analyst;


--
-- Name: TABLE refugee_case; Type: ACL; Schema: records; Owner: -
--

GRANT SELECT ON TABLE records.refugee_case TO migstat_analyst;


--
-- Name: TABLE refugee_register_case; Type: ACL; Schema: records; Owner: -
--

GRANT SELECT ON TABLE records.refugee_register_case TO migstat_analyst;


--
-- Name: TABLE repatriate_family; Type: ACL; Schema: records; Owner: -
--

GRANT SELECT ON TABLE records.repatriate_family TO migstat_analyst;


--
-- Name: TABLE vital_row; Type: ACL; Schema: records; Owner: -
--

GRANT SELECT ON TABLE records.vital_row TO migstat_analyst;


--
-- Name: TABLE rejects_by_reason; Type: ACL; Schema: records; Owner: -
--

GRANT SELECT ON TABLE records.rejects_by_reason TO migstat_analyst;


--
-- Name: TABLE foreign_registrations; Type: ACL; Schema: statistics; Owner: -
--

GRANT SELECT ON TABLE statistics.foreign_registrations TO migstat_analyst;
GRANT SELECT ON TABLE statistics.foreign_registrations TO migstat_reader;


--
-- Name: TABLE foreign_citizens_by_purpose; Type: ACL; Schema: statistics; Owner: -
--

GRANT SELECT ON TABLE statistics.foreign_citizens_by_purpose TO migstat_analyst;
GRANT SELECT ON TABLE statistics.foreign_citizens_by_purpose TO migstat_reader;


--
-- Name: TABLE input_file; Type: ACL; Schema: statistics; Owner: -
--

GRANT SELECT ON TABLE statistics.input_file TO migstat_analyst;
GRANT SELECT ON TABLE statistics.input_file TO migstat_reader;


--
-- Name: TABLE labour_quota; Type: ACL; Schema: statistics; Owner: -
--

GRANT SELECT ON TABLE statistics.labour_quota TO migstat_analyst;
GRANT SELECT ON TABLE statistics.labour_quota TO migstat_reader;


--
-- Name: TABLE migration_flows; Type: ACL; Schema: statistics; Owner: -
--

GRANT SELECT ON TABLE statistics.migration_flows TO migstat_analyst;
GRANT SELECT ON TABLE statistics.migration_flows TO migstat_reader;


--
-- Name: TABLE population; Type: ACL; Schema: statistics; Owner: -
--

GRANT SELECT ON TABLE statistics.population TO migstat_analyst;
GRANT SELECT ON TABLE statistics.population TO migstat_reader;


--
-- Name: TABLE quality_check; Type: ACL; Schema: statistics; Owner: -
--

GRANT SELECT ON TABLE statistics.quality_check TO migstat_analyst;
GRANT SELECT ON TABLE statistics.quality_check TO migstat_reader;


--
-- Name: TABLE record_fates; Type: ACL; Schema: statistics; Owner: -
--

GRANT SELECT ON TABLE statistics.record_fates TO migstat_analyst;
GRANT SELECT ON TABLE statistics.record_fates TO migstat_reader;


--
-- Name: TABLE refugees; Type: ACL; Schema: statistics; Owner: -
--

GRANT SELECT ON TABLE statistics.refugees TO migstat_analyst;
GRANT SELECT ON TABLE statistics.refugees TO migstat_reader;


--
-- Name: TABLE repatriates; Type: ACL; Schema: statistics; Owner: -
--

GRANT SELECT ON TABLE statistics.repatriates TO migstat_analyst;
GRANT SELECT ON TABLE statistics.repatriates TO migstat_reader;


--
-- Name: TABLE run; Type: ACL; Schema: statistics; Owner: -
--

GRANT SELECT ON TABLE statistics.run TO migstat_analyst;
GRANT SELECT ON TABLE statistics.run TO migstat_reader;


--
-- Name: TABLE schema_info; Type: ACL; Schema: statistics; Owner: -
--

GRANT SELECT ON TABLE statistics.schema_info TO migstat_analyst;
GRANT SELECT ON TABLE statistics.schema_info TO migstat_reader;


--
-- Name: TABLE slips_by_month; Type: ACL; Schema: statistics; Owner: -
--

GRANT SELECT ON TABLE statistics.slips_by_month TO migstat_analyst;
GRANT SELECT ON TABLE statistics.slips_by_month TO migstat_reader;


--
-- Name: TABLE table1; Type: ACL; Schema: statistics; Owner: -
--

GRANT SELECT ON TABLE statistics.table1 TO migstat_analyst;
GRANT SELECT ON TABLE statistics.table1 TO migstat_reader;


--
-- Name: TABLE year_state; Type: ACL; Schema: statistics; Owner: -
--

GRANT SELECT ON TABLE statistics.year_state TO migstat_analyst;
GRANT SELECT ON TABLE statistics.year_state TO migstat_reader;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: records; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE migstat_loader IN SCHEMA records GRANT SELECT ON TABLES  TO migstat_analyst;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: statistics; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE migstat_loader IN SCHEMA statistics GRANT SELECT ON TABLES  TO migstat_analyst;
ALTER DEFAULT PRIVILEGES FOR ROLE migstat_loader IN SCHEMA statistics GRANT SELECT ON TABLES  TO migstat_reader;


--
-- PostgreSQL database dump complete
--

\unrestrict fEInu1QrqnYLcg7AAyf1JwB31ie85VId0FFmzxrvOoKLTavrPi631cZidubobzH

