import GRDB

/// The register's schema as named, versioned migrations. A migration, once released, is never
/// edited: a change is a new migration, so every existing register file can be brought up to date
/// and `grdb_migrations` says which steps a file has had. `PostgresMigrations` carries the same
/// tables, columns and names (with its own column types), so both answer the same queries.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-cases") { db in
            try db.execute(sql: """
                CREATE TABLE cases (
                    id INTEGER PRIMARY KEY,
                    facts_id TEXT NOT NULL,
                    client_ref TEXT,
                    profile_id TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
                    current_version INTEGER NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE INDEX cases_status ON cases(status, id);
                CREATE INDEX cases_client_ref ON cases(client_ref);
                CREATE INDEX cases_profile ON cases(profile_id);
                CREATE TABLE case_versions (
                    case_id INTEGER NOT NULL REFERENCES cases(id),
                    version INTEGER NOT NULL,
                    facts TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    created_by TEXT NOT NULL,
                    assessment TEXT NOT NULL,
                    profile_hash TEXT NOT NULL,
                    dataset_versions TEXT NOT NULL,
                    engine_version TEXT NOT NULL,
                    route TEXT NOT NULL,
                    assessed_at TEXT NOT NULL,
                    PRIMARY KEY (case_id, version)
                );
                """)
        }
        m.registerMigration("v2-deadlines") { db in
            try db.execute(sql: """
                CREATE TABLE deadlines (
                    case_id INTEGER NOT NULL,
                    version INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    deadline_id TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('timeline', 'deadline')),
                    day INTEGER NOT NULL,
                    date TEXT NOT NULL,
                    projected BOOLEAN NOT NULL,
                    ref TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    label_en TEXT NOT NULL,
                    label_nl TEXT NOT NULL,
                    actual_on TEXT,
                    PRIMARY KEY (case_id, version, position),
                    FOREIGN KEY (case_id, version) REFERENCES case_versions(case_id, version)
                );
                CREATE INDEX deadlines_day ON deadlines(day);
                """)
        }
        m.registerMigration("v3-audit-log") { db in
            // Append-only in the database itself, not only by the absence of an update method.
            try db.execute(sql: """
                CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    case_id INTEGER REFERENCES cases(id),
                    action TEXT NOT NULL,
                    subject TEXT,
                    detail TEXT NOT NULL,
                    before_value TEXT,
                    after_value TEXT
                );
                CREATE INDEX audit_log_case ON audit_log(case_id, id);
                CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
        }
        m.registerMigration("v4-tokens") { db in
            try db.execute(sql: """
                CREATE TABLE tokens (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('reader', 'caseworker', 'admin')),
                    token_hash TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL,
                    created_by TEXT NOT NULL,
                    revoked_at TEXT
                );
                CREATE UNIQUE INDEX tokens_valid_name ON tokens(name) WHERE revoked_at IS NULL;
                """)
        }
        return m
    }
}
