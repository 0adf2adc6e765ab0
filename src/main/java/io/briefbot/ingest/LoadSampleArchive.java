package io.briefbot.ingest;

import io.briefbot.archive.Issue;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fills an empty archive with a few invented issues so that a newcomer sees briefbot work at once.
 * By default only on the embedded database: a production archive is never seeded unless asked.
 */
@ApplicationScoped
public class LoadSampleArchive {

    private static final Logger LOG = Logger.getLogger(LoadSampleArchive.class);
    private static final String FOLDER = "sample-archive/";

    private final IssueIngestor ingestor;
    private final boolean enabled;

    public LoadSampleArchive(IssueIngestor ingestor,
                             @ConfigProperty(name = "briefbot.sample-archive") Optional<Boolean> wanted,
                             @ConfigProperty(name = "briefbot.embedded-db.active", defaultValue = "false") boolean embedded) {
        this.ingestor = ingestor;
        this.enabled = wanted.orElse(embedded);
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!enabled || Issue.count() > 0) {
            return;
        }
        List<String> files = resource("index.txt").lines().filter(line -> !line.isBlank()).toList();
        for (String file : files) {
            LocalDate date = LocalDate.parse(file.substring(0, 10));
            ingestor.ingest(new IngestRequest(resource(file).getBytes(StandardCharsets.UTF_8), "text/plain", null, date,
                    IngestSource.SAMPLE));
        }
        LOG.infof("The archive was empty: loaded %d sample issues (BRIEFBOT_SAMPLE_ARCHIVE=false turns this off)", files.size());
    }

    private static String resource(String name) {
        try (InputStream in = LoadSampleArchive.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing sample issue " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
