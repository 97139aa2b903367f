import ArgumentParser
import Foundation
import MigstatCore

/// `migstat db init|load|check`: the unified database by itself, from the
/// published outputs, without re-reading the feeds.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Create, reload or check the unified database.",
        discussion: """
        `migstat run` loads every year it publishes; these commands are for the rest:

          migstat db init              create the tables, views (and roles), or
                                       upgrade them
          migstat db load --year 2003  reload a year from output/2003 and its staging
          migstat db load              reload every published year, drop the
                                       withdrawn ones
          migstat db check             does the database agree with the published
                                       files? (reads only)

        A year is loaded only when its files match its manifest.json. A year whose
        output/<year>/manifest.json is gone (moved aside) is removed by `db load`
        and by every `migstat run`.

        The database is --database, else `database:` in pipelines/migstat.yaml,
        else output/migstat.sqlite. PostgreSQL: --database postgresql://user@host/db
        with the password in ~/.pgpass or PGPASSWORD.

        Exit status: 0 done (check: they agree); 1 check found differences or a
        year could not be loaded; 2 wrong command line or a database of a newer
        schema; 4 the database cannot be reached or written; 75 a run holds
        output/.lock.
        """,
        subcommands: [Init.self, Load.self, Check.self])

    /// Opens the configured database; `none` is a mistake here.
    static func open(_ common: CommonOptions) throws -> (Pipeline, UnifiedDatabase) {
        let pipeline = try common.makePipeline()
        guard let db = try UnifiedDatabase.open(pipeline.database, refArea: pipeline.config.refArea, group: pipeline.config.databaseGroup) else {
            throw MigstatError.configuration("no database configured (database: none); give --database")
        }
        return (pipeline, db)
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create the tables, views and roles, or upgrade an older schema.")
        @OptionGroup var common: CommonOptions

        func run() throws {
            let (pipeline, _) = try DatabaseCommand.open(common)
            pipeline.logger.notice("database ready", metadata: ["database": .text(pipeline.database)])
        }
    }

    struct Load: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reload published years into the database (every one without --year).")
        @OptionGroup var year: YearOptions
        @OptionGroup var common: CommonOptions

        func run() throws {
            let (pipeline, db) = try DatabaseCommand.open(common)
            let lock = try RunLock(outputRoot: common.output)
            let years = year.years.isEmpty ? PublishedYear.years(in: pipeline.workspace) : year.years.sorted()
            let ledger = RunLedger(database: db, years: years)
            var status: Int32 = 0
            if year.years.isEmpty {
                // Every year reloaded: the database publishes what the files publish, and no withdrawn year.
                do { try db.removeWithdrawnYears(workspace: pipeline.workspace, logger: pipeline.logger) } catch {
                    pipeline.logger.error("withdrawn years not removed", metadata: ["error": .text(error)])
                    status = (error as? DatabaseError)?.exitStatus ?? 1
                }
            }
            for y in years {
                do {
                    let summary = try db.load(year: y, workspace: pipeline.workspace)
                    pipeline.logger.info("loaded", metadata: ["year": .number(y), "statistics": .number(summary.statistics), "records": .number(summary.records)])
                } catch {
                    pipeline.logger.error("not loaded", metadata: ["year": .number(y), "error": .text(error)])
                    status = max(status, (error as? DatabaseError)?.exitStatus ?? 1)
                }
            }
            ledger.finish(years: years, exitStatus: status)
            withExtendedLifetime(lock) {}
            if status != 0 { throw ExitStatus(code: status) }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Compare the database with the published files, year by year.")
        @OptionGroup var common: CommonOptions

        func run() throws {
            // Only reads: the database opened read-only, never created, and the output folder not written.
            let pipeline = try common.makePipeline()
            let lock = try RunLock.shared(outputRoot: common.output)
            let db = try UnifiedDatabase.openExisting(pipeline.database, refArea: pipeline.config.refArea)
            let problems = try db.check(workspace: pipeline.workspace)
            withExtendedLifetime(lock) {}
            for p in problems { print(p) }
            if problems.isEmpty {
                print("the database agrees with the published files (\(PublishedYear.years(in: pipeline.workspace).count) years)")
            } else {
                throw ExitStatus(code: 1)
            }
        }
    }
}
