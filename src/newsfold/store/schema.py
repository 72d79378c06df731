"""Named schema migrations, applied in order and recorded in the database."""

from __future__ import annotations

from .flat import FLAT_TABLES

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", """
        CREATE TABLE raw_docs (
            key TEXT PRIMARY KEY,          -- the source: JSONL id, or the file's resolved path
            article_id TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL,
            raw_hash TEXT NOT NULL,
            doc TEXT NOT NULL,             -- RawDoc as JSON
            added_at TEXT NOT NULL
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            path TEXT NOT NULL,
            published TEXT,
            outlet TEXT,
            duplicate_of TEXT,
            story TEXT,
            doc TEXT NOT NULL              -- Article as JSON
        );
        CREATE TABLE analyses (
            article_id TEXT PRIMARY KEY,
            key TEXT NOT NULL,             -- hash of what the analysis depends on
            doc TEXT NOT NULL
        );
        CREATE TABLE rejected (
            path TEXT NOT NULL,
            reason TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (path, reason)
        );
        CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, doc TEXT NOT NULL);
        CREATE TABLE quotes (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, speaker TEXT, doc TEXT NOT NULL);
        CREATE TABLE figures (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, event TEXT, doc TEXT NOT NULL);
        CREATE TABLE events (id TEXT PRIMARY KEY, story TEXT, date TEXT, type TEXT, doc TEXT NOT NULL);
        CREATE TABLE event_mentions (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, event TEXT, doc TEXT NOT NULL);
        CREATE TABLE stories (id TEXT PRIMARY KEY, name TEXT NOT NULL, doc TEXT NOT NULL);
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            summary TEXT
        );
        CREATE INDEX articles_story ON articles(story);
        CREATE INDEX events_story ON events(story, date);
    """),
    ("0002_search", """
        CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, ref UNINDEXED, title, body,
                                               tokenize = 'unicode61 remove_diacritics 2');
    """),
    # flat tables beside the events' JSON documents, for people who browse or facet the database; the documents
    # stay what newsfold reads back
    ("0003_event_facts", """
        CREATE TABLE event_locations (
            event TEXT NOT NULL REFERENCES events(id),
            entity TEXT,
            name TEXT NOT NULL,
            chosen INTEGER NOT NULL,       -- 1 for the place the exports give
            basis TEXT NOT NULL,           -- event | story
            precision TEXT,                -- facility | city | region | country; NULL when unresolved
            place TEXT, within TEXT,       -- the gazetteer's name; for a street or building, its town
            admin1 TEXT, country TEXT, country_code TEXT, latitude REAL, longitude REAL,
            geonameid INTEGER,
            reason TEXT,                   -- why it is unresolved
            article_id TEXT, start INTEGER, end INTEGER, stage TEXT NOT NULL
        );
        CREATE TABLE event_claims (
            event TEXT NOT NULL REFERENCES events(id), text TEXT NOT NULL, cue TEXT NOT NULL,
            article_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, stage TEXT NOT NULL
        );
        CREATE TABLE event_titles (
            event TEXT NOT NULL REFERENCES events(id), text TEXT NOT NULL,
            article_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, stage TEXT NOT NULL
        );
        CREATE TABLE event_tactics (
            event TEXT NOT NULL REFERENCES events(id), kind TEXT NOT NULL, text TEXT NOT NULL,
            article_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, stage TEXT NOT NULL
        );
        CREATE TABLE event_actor_groups (
            event TEXT NOT NULL REFERENCES events(id), name TEXT NOT NULL, kind TEXT NOT NULL, role TEXT NOT NULL,
            basis TEXT NOT NULL, country TEXT, entity TEXT,
            article_id TEXT, start INTEGER, end INTEGER, stage TEXT NOT NULL
        );
        CREATE INDEX event_locations_country ON event_locations(country, admin1, place);
        CREATE INDEX event_locations_event ON event_locations(event);
        CREATE INDEX event_claims_event ON event_claims(event);
        CREATE INDEX event_tactics_kind ON event_tactics(kind, text);
        CREATE INDEX event_actor_groups_name ON event_actor_groups(name, role);
    """),
    # what became of each run (a run killed before it finished is marked interrupted by the next one), and the
    # lock that keeps two runs from writing one database at once: one row, naming the process that holds it
    ("0004_run_status", """
        ALTER TABLE runs ADD COLUMN status TEXT;    -- running | finished | failed | interrupted
        ALTER TABLE runs ADD COLUMN pid INTEGER;
        ALTER TABLE runs ADD COLUMN host TEXT;
        UPDATE runs SET status = 'finished' WHERE finished_at IS NOT NULL;
        CREATE TABLE run_lock (
            id INTEGER PRIMARY KEY CHECK (id = 1),  -- at most one holder
            run INTEGER NOT NULL REFERENCES runs(id),
            pid INTEGER NOT NULL,
            host TEXT NOT NULL,
            process_start TEXT,            -- the holder's start time as the OS tells it (tells a reused pid apart)
            taken_at TEXT NOT NULL
        );
    """),
    # ids that a run replaced, each with the id that continues it, so that saved links keep working
    ("0005_redirects", """
        CREATE TABLE redirects (
            kind TEXT NOT NULL,            -- story | event | entity
            old_id TEXT NOT NULL,
            new_id TEXT,                   -- the current id that continues it; NULL when nothing does
            run_at TEXT NOT NULL,          -- when it was replaced
            PRIMARY KEY (kind, old_id)
        );
        CREATE INDEX redirects_new ON redirects(kind, new_id);
    """),
    # what one page shows, found without reading whole tables: an entity's mentions and its events as flat rows,
    # and the indexes the web pages' queries use; filled here from the JSON documents for existing databases
    ("0006_page_queries", """
        CREATE TABLE entity_mentions (
            entity TEXT NOT NULL REFERENCES entities(id),
            article_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
            text TEXT NOT NULL             -- the words in the article's clean text
        );
        CREATE TABLE event_entities (
            event TEXT NOT NULL REFERENCES events(id), entity TEXT NOT NULL,
            role TEXT NOT NULL             -- actor | place | target
        );
        -- a mention is stored as {"article", "start", "end", ...}, or by older versions as [article, start, end]
        CREATE TEMP VIEW stored_mentions AS
            SELECT e.id AS entity, coalesce(json_extract(m.value, '$.article'), json_extract(m.value, '$[0]')) AS art,
                   coalesce(json_extract(m.value, '$.start'), json_extract(m.value, '$[1]')) AS start,
                   coalesce(json_extract(m.value, '$.end'), json_extract(m.value, '$[2]')) AS end
            FROM entities e, json_each(e.doc, '$.mentions') m;
        INSERT INTO entity_mentions
            SELECT m.entity, m.art, m.start, m.end,
                   coalesce(substr(json_extract(a.doc, '$.text'), m.start + 1, m.end - m.start), '')
            FROM stored_mentions m LEFT JOIN articles a ON a.id = m.art;
        DROP VIEW stored_mentions;
        INSERT INTO event_entities
            SELECT e.id, r.value, 'actor' FROM events e, json_each(e.doc, '$.actors') r
            UNION ALL SELECT e.id, r.value, 'place' FROM events e, json_each(e.doc, '$.places') r
            UNION ALL SELECT e.id, r.value, 'target' FROM events e, json_each(e.doc, '$.targets') r;
        CREATE INDEX entity_mentions_entity ON entity_mentions(entity);
        CREATE INDEX entity_mentions_article ON entity_mentions(article_id);
        CREATE INDEX event_entities_entity ON event_entities(entity, role);
        CREATE INDEX event_mentions_event ON event_mentions(event);
        CREATE INDEX figures_event ON figures(event);
        CREATE INDEX quotes_article ON quotes(article_id);
        CREATE INDEX quotes_speaker ON quotes(speaker);
        CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
    """),
    # the record as typed columns with foreign keys, indexes on what people facet by and full-text search, so that
    # sqlite3, datasette or pandas read it without JSON functions (described in store/metadata.json); the JSON
    # documents stay what newsfold reads back. The five document tables are rebuilt with their new columns and
    # filled from their documents, as SQLite's guide to changing a table does it.
    ("0007_flat_tables", FLAT_TABLES),
    # the score from what supports each event, quote and entity (events/confidence.py), as a column to filter by
    ("0008_confidence", """
        ALTER TABLE events ADD COLUMN confidence REAL;
        ALTER TABLE quotes ADD COLUMN confidence REAL;
        ALTER TABLE entities ADD COLUMN confidence REAL;
        UPDATE events SET confidence = json_extract(doc, '$.confidence');
        UPDATE quotes SET confidence = json_extract(doc, '$.confidence');
        UPDATE entities SET confidence = json_extract(doc, '$.confidence');
        CREATE INDEX events_confidence ON events(confidence);
    """),
    # the language found for each clean text, per detector (its languages and accuracy): a re-run reads it back
    # instead of running the detector over every article again
    ("0009_languages", """
        CREATE TABLE languages (text_hash TEXT NOT NULL, detector TEXT NOT NULL, language TEXT,
                                PRIMARY KEY (text_hash, detector));
    """),
    # the names, numbers, dates and words each text is compared by in the stories stage, per text and language
    # (``text_hash``) and version of the stage (``reader``): a re-run reads them back instead of reading every
    # text again (with its language's dictionary)
    ("0010_story_features", """
        CREATE TABLE story_features (text_hash TEXT NOT NULL, reader TEXT NOT NULL, features TEXT NOT NULL,
                                     PRIMARY KEY (text_hash, reader));
    """),
    # per story, a digest of what its late stages read: a story whose digest is unchanged keeps its record
    ("0011_story_digests", """
        CREATE TABLE story_digests (story TEXT PRIMARY KEY, digest TEXT NOT NULL);
    """),
    # what the clean and dedup stages keep per article (store/front.py): an article cleaned again only when its raw
    # document, its outlet's learned blocks in it or the stage changed; each text's shingles, and the copies found
    # among the articles a run compared, so that a re-run compares only the pairs a new or changed article is in
    ("0012_kept_front", """
        CREATE TABLE clean_kept (
            article_id TEXT PRIMARY KEY,
            raw TEXT NOT NULL,             -- digest of the stored raw document (raw_docs.doc)
            basis TEXT NOT NULL,           -- the stage's key and settings the blocks and the article were made by
            outlet TEXT,
            blocks TEXT NOT NULL,          -- JSON: its long lines' block keys and sizes, its other lines' keys
            key TEXT NOT NULL,             -- digest of basis, raw and the outlet's learned blocks found in it
            text TEXT NOT NULL,            -- the clean text
            doc TEXT NOT NULL              -- the rest of the Article as JSON
        );
        CREATE TABLE dedup_kept (
            article_id TEXT PRIMARY KEY,
            key TEXT NOT NULL,             -- digest of the stage's key, its settings and the clean text
            norm TEXT NOT NULL,            -- digest of the text's words, spacing aside (exact copies)
            size INTEGER NOT NULL,         -- how many shingles
            shingles BLOB NOT NULL         -- the text's shingles, sorted unsigned 64-bit integers
        );
        CREATE TABLE dedup_pairs (
            basis TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL,
            shared INTEGER NOT NULL, kind TEXT NOT NULL, score REAL NOT NULL,
            PRIMARY KEY (basis, a, b)
        );
    """),
    # per entity, a digest of its rows (its document and the words of its mentions): a run writes again only the
    # entities whose digest changed, and deletes those that are gone; per analysis (by its cache key), the names
    # the late stages look up, read once from the analysis instead of from every analysis on every run
    ("0013_entity_digests", """
        CREATE TABLE entity_digests (entity TEXT PRIMARY KEY, digest TEXT NOT NULL);
        CREATE TABLE looked_up_names (article_id TEXT PRIMARY KEY, key TEXT NOT NULL, names TEXT NOT NULL);
    """),
    # the story graph the "links" clusterer keeps (store/story_graph.py): a run links only the new texts
    ("0014_story_graph", """
        CREATE TABLE story_graph_basis (
            basis TEXT NOT NULL,           -- what the graph was made by: stage key, settings, code, word lists
            texts INTEGER NOT NULL,        -- how many texts and links it holds (a broken graph is built again)
            links INTEGER NOT NULL
        );
        CREATE TABLE story_graph_texts (
            id TEXT PRIMARY KEY,           -- the article
            digest TEXT NOT NULL,          -- digest of its language, date and clean text
            vectors TEXT NOT NULL,         -- JSON: [full vector, neutral vector, language group, day, order key,
                                           --        probes]
            links TEXT NOT NULL,           -- JSON: the texts it is linked to, with their similarity
            scale REAL NOT NULL,           -- its similarity to its nearest texts (local scaling)
            unit TEXT NOT NULL,            -- the first text (by id) of its unit: texts joined by strong links
            story TEXT NOT NULL,
            cluster TEXT NOT NULL,         -- the first text (by date and text) of its group in its language
            strong TEXT                    -- JSON: the texts it is strongly linked to, or NULL (worked out again)
        );
    """),
    # what the entities stage keeps (resolve/kept.py): per article, the word counts its text adds to the common
    # words (by a digest of the text), and their sums; the surnames compared, and the pairs that may be one; and
    # each analysis's names beside its document, which the corpus stages read without parsing the whole document
    ("0015_kept_names", """
        ALTER TABLE analyses ADD COLUMN names TEXT;
        UPDATE analyses SET names = json_extract(doc, '$.mentions');
        CREATE TABLE name_counts (article_id TEXT PRIMARY KEY, key TEXT NOT NULL, counts BLOB NOT NULL);
        CREATE TABLE name_count_sums (word TEXT PRIMARY KEY, lower INTEGER NOT NULL, alone INTEGER NOT NULL);
        CREATE TABLE surname_words (word TEXT PRIMARY KEY, spellings TEXT NOT NULL);
        CREATE TABLE surname_pairs (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b));
        CREATE TABLE kept_bases (name TEXT PRIMARY KEY, basis TEXT NOT NULL);
    """),
]
