// Build-time jOOQ code generation, run by gmavenplus-plugin at generate-sources.
//
//   1. hash every file under db/migration (+ this script + tool versions);
//      if the hash equals target/jooq-codegen.sha256 and the output exists -> skip
//   2. start embedded PostgreSQL (zonky)
//   3. db/migration/__root first (shared objects such as the event publication registry), then each module's
//      sub-folder (= its schema), as Spring Modulith's per-module Flyway support runs them at runtime;
//      history table <schema>.flyway_schema_history
//   4. per module schema: jOOQ GenerationTool -> package <basePackage>.<schema>.jooq
//   5. stop PostgreSQL, write the new hash
//
// Bound by gmavenplus: project, log, session + the <properties> of the execution.

import groovy.io.FileType
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import org.flywaydb.core.Flyway
import org.jooq.codegen.GenerationTool
import org.jooq.meta.jaxb.Configuration
import org.jooq.meta.jaxb.Database
import org.jooq.meta.jaxb.ForcedType
import org.jooq.meta.jaxb.Generate
import org.jooq.meta.jaxb.Generator
import org.jooq.meta.jaxb.Logging
import org.jooq.meta.jaxb.MatcherRule
import org.jooq.meta.jaxb.MatcherTransformType
import org.jooq.meta.jaxb.Matchers
import org.jooq.meta.jaxb.MatchersSchemaType
import org.jooq.meta.jaxb.Strategy
import org.jooq.meta.jaxb.Target

import java.security.MessageDigest

String prop(String name, String dflt = null) {
    def v = binding.hasVariable(name) ? binding.getVariable(name) : project.properties.getProperty(name)
    v = v?.toString()?.trim()
    if (!v) {
        if (dflt == null) throw new IllegalStateException("jooq-codegen: missing property '${name}'")
        return dflt
    }
    return v
}

File migrationDir = new File(prop('migrationDir'))
File outputDir    = new File(prop('outputDir'))
File stampFile    = new File(prop('stampFile'))
String basePackage  = prop('basePackage')
String toolVersions = prop('toolVersions', '')
// optional explicit order, e.g. "catalog,booking" (needed if one schema's migrations reference another's)
String schemaOrder  = prop('schemas', '')

if (Boolean.getBoolean('jooq.codegen.skip')) {
    log.info('jooq-codegen: skipped (-Djooq.codegen.skip=true)')
    return
}
if (!migrationDir.isDirectory()) throw new IllegalStateException("jooq-codegen: no migration dir ${migrationDir}")

// ---- status columns whose values are an enum's codes: the generated column carries the enum, converted by
// <enum>Column (a jOOQ EnumConverter beside the enum), so no query spells a status as a string
Map<String, String> ENUM_COLUMNS = [
        'booking.booking.status': 'booking.domain.BookingStatus',
        'booking.booking.payment_status': 'booking.domain.BookingPaymentStatus',
        'booking.payment_received.status': 'booking.domain.ReceivedPaymentStatus',
        'notify.outgoing_message.status': 'notify.outbox.MessageStatus',
        'payment.payment.status': 'payment.domain.PaymentStatus',
]

// ---- schemas = direct sub-folders of db/migration -----------------------------------------
String ROOT = '__root'
List<String> schemas = schemaOrder
        ? schemaOrder.split(',')*.trim().findAll { it }
        : (migrationDir.listFiles({ File f -> f.isDirectory() && f.name != ROOT } as FileFilter)*.name.sort())
boolean hasRoot = new File(migrationDir, ROOT).isDirectory()
if (!schemas) throw new IllegalStateException("jooq-codegen: no schema folders under ${migrationDir}")
schemas.each { s ->
    if (!(s ==~ /[a-z_][a-z0-9_]*/)) throw new IllegalStateException("jooq-codegen: folder '${s}' is not a valid lower-case schema name")
}

// ---- change detection ---------------------------------------------------------------------
MessageDigest md = MessageDigest.getInstance('SHA-256')
def feed = { String s -> md.update(s.getBytes('UTF-8')); md.update((byte) 0) }
feed(toolVersions)
feed(basePackage)
feed(schemas.join(','))
// the script itself (so editing the codegen config regenerates)
def scriptFile = new File(project.basedir, 'src/build/jooq-codegen.groovy')
if (scriptFile.isFile()) md.update(scriptFile.bytes)
List<File> files = []
migrationDir.eachFileRecurse(FileType.FILES) { files << it }
files.sort { migrationDir.toPath().relativize(it.toPath()).toString().replace('\\', '/') }.each { f ->
    feed(migrationDir.toPath().relativize(f.toPath()).toString().replace('\\', '/'))
    md.update(f.bytes)
    md.update((byte) 0)
}
String hash = md.digest().encodeHex().toString()

boolean outputPresent = outputDir.isDirectory() && outputDir.list()?.length > 0
if (outputPresent && stampFile.isFile() && stampFile.text.trim() == hash) {
    log.info("jooq-codegen: migrations unchanged (${hash.take(12)}), skipping generation")
    return
}

// ---- generate -----------------------------------------------------------------------------
long t0 = System.nanoTime()
System.setProperty('org.jooq.no-logo', 'true')
System.setProperty('org.jooq.no-tips', 'true')

stampFile.delete()                 // a failed run must never leave a stale "up to date" stamp
if (outputDir.exists()) outputDir.deleteDir()
outputDir.mkdirs()

ClassLoader pluginCl = this.class.classLoader
Thread thread = Thread.currentThread()
ClassLoader previousTccl = thread.contextClassLoader
thread.contextClassLoader = pluginCl          // Flyway / jOOQ use the TCCL for ServiceLoader lookups
EmbeddedPostgres pg = null
try {
    pg = EmbeddedPostgres.builder()
            .setCleanDataDirectory(true)
            .setServerConfig('fsync', 'off')
            .setServerConfig('synchronous_commit', 'off')
            .setServerConfig('full_page_writes', 'off')
            .start()
    log.info("jooq-codegen: embedded PostgreSQL on port ${pg.port} (${String.format('%.1f', (System.nanoTime() - t0) / 1e9)}s)")
    def ds = pg.getPostgresDatabase()

    if (hasRoot) {
        def result = Flyway.configure(pluginCl)
                .dataSource(ds)
                .locations("filesystem:${new File(migrationDir, ROOT).absolutePath}")
                .table('flyway_schema_history')
                .loggers('slf4j')
                .load()
                .migrate()
        log.info("jooq-codegen: flyway ${ROOT}: ${result.migrationsExecuted} migration(s) applied")
    }
    schemas.each { schema ->
        def result = Flyway.configure(pluginCl)
                .dataSource(ds)
                .locations("filesystem:${new File(migrationDir, schema).absolutePath}")
                .schemas(schema)                 // first schema = owner of the history table; created if missing
                .defaultSchema(schema)           // search_path -> unqualified DDL lands in this schema
                .createSchemas(true)
                .table('flyway_schema_history')  // => <schema>.flyway_schema_history
                .failOnMissingLocations(true)
                .loggers('slf4j')                // route Flyway's log through Maven's logger (default picks JUL)
                .load()
                .migrate()
        log.info("jooq-codegen: flyway ${schema}: ${result.migrationsExecuted} migration(s) applied")
    }

    ds.getConnection().withCloseable { conn ->
        schemas.each { schema ->
            def cfg = new Configuration()
                    .withLogging(Logging.WARN)
                    .withGenerator(new Generator()
                            .withName('org.jooq.codegen.JavaGenerator')
                            // schema class/constant get a "Schema" suffix (BookingSchema.BOOKING_SCHEMA), so a
                            // table named like its schema (booking.booking) stays Tables.BOOKING, not BOOKING_
                            .withStrategy(new Strategy().withMatchers(new Matchers().withSchemas(
                                    new MatchersSchemaType()
                                            .withSchemaClass(new MatcherRule()
                                                    .withTransform(MatcherTransformType.PASCAL)
                                                    .withExpression('$0_schema'))
                                            .withSchemaIdentifier(new MatcherRule()
                                                    .withTransform(MatcherTransformType.UPPER)
                                                    .withExpression('$0_schema')))))
                            .withDatabase(new Database()
                                    .withName('org.jooq.meta.postgres.PostgresDatabase')
                                    .withInputSchema(schema)
                                    .withIncludes('.*')
                                    .withExcludes('flyway_schema_history')
                                    // every timestamptz is an instant in UTC: no OffsetDateTime in the code
                                    .withForcedTypes([new ForcedType()
                                            .withName('INSTANT')
                                            .withIncludeTypes('(?i:timestamp\\ with\\ time\\ zone)')]
                                            + ENUM_COLUMNS.collect { column, type ->
                                                new ForcedType().withUserType("${basePackage}.${type}")
                                                        .withConverter("${basePackage}.${type}Column")
                                                        .withIncludeExpression(column.replace('.', '\\.'))
                                            }))
                            .withGenerate(new Generate()
                                    .withJavaTimeTypes(true)
                                    .withDeprecated(false)
                                    .withGeneratedAnnotation(false))
                            .withTarget(new Target()
                                    .withPackageName("${basePackage}.${schema}.jooq")
                                    .withDirectory(outputDir.absolutePath)
                                    .withClean(true)))
            def tool = new GenerationTool()
            tool.setConnection(conn)             // reuse our connection: no DriverManager/classloader trouble
            tool.run(cfg)
            log.info("jooq-codegen: generated ${basePackage}.${schema}.jooq")
        }
    }
} finally {
    try { pg?.close() } finally { thread.contextClassLoader = previousTccl }
}

stampFile.parentFile.mkdirs()
stampFile.text = hash + '\n'
log.info("jooq-codegen: done in ${String.format('%.1f', (System.nanoTime() - t0) / 1e9)}s -> ${outputDir}")
