package io.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.testing.BriefbotProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefbot export} from one server's database and {@code briefbot import} into an empty one: the restored
 * briefbot answers the read API and chat commands exactly as the first did, and an import into a database
 * that is not empty, or of a file that is not an export, changes nothing.
 */
class ExportImportIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @AfterEach
    void stop() throws InterruptedException {
        BriefbotProcess.destroyAll(temp);
    }

    @Test
    void aRestoredDatabaseGivesTheSameAnswers() throws Exception {
        Path original = temp.resolve("original");
        Path restored = temp.resolve("restored");
        Path export = temp.resolve("briefbot.jsonl");
        BriefbotProcess first = BriefbotProcess.start(original, Map.of("BRIEFBOT_SAMPLE_ARCHIVE", "true"));
        List<String> before = answers(first);
        first.stopGracefully();

        BriefbotProcess exported = BriefbotProcess.runTask(original, Map.of(), "export", export.toString());
        assertThat(exported.awaitExit(java.time.Duration.ZERO)).as(exported.output()).hasValue(0);
        List<String> lines = Files.readAllLines(export);
        assertThat(lines.get(0)).contains("\"format\":\"briefbot-export\"");
        assertThat(lines).anyMatch(line -> line.startsWith("{\"table\":\"issue\"")).anyMatch(line -> line.startsWith("{\"table\":\"article\""));

        BriefbotProcess imported = BriefbotProcess.runTask(restored, Map.of(), "import", export.toString());
        assertThat(imported.awaitExit(java.time.Duration.ZERO)).as(imported.output()).hasValue(0);
        assertThat(imported.output()).contains("Imported " + (lines.size() - 1) + " rows");

        BriefbotProcess second = BriefbotProcess.start(restored, Map.of("BRIEFBOT_SAMPLE_ARCHIVE", "false"));
        assertThat(answers(second)).isEqualTo(before);
        second.stopGracefully();

        BriefbotProcess again = BriefbotProcess.runTask(restored, Map.of(), "import", export.toString());
        assertThat(again.awaitExit(java.time.Duration.ZERO)).hasValue(ImportCommand.REFUSED);
        assertThat(again.output()).contains("not empty");
        Path notAnExport = Files.writeString(temp.resolve("notes.jsonl"), "{\"hello\":1}\n");
        BriefbotProcess wrong = BriefbotProcess.runTask(temp.resolve("empty"), Map.of(), "import", notAnExport.toString());
        assertThat(wrong.awaitExit(java.time.Duration.ZERO)).hasValue(ImportCommand.REFUSED);
        assertThat(wrong.output()).contains("not a briefbot export");
    }

    /** What a user sees: the issue list, each issue in full, and chat answers in the console. */
    private static List<String> answers(BriefbotProcess briefbot) throws Exception {
        String issues = briefbot.get("/api/issues?size=100").body();
        assertThat(issues).contains("\"total\":");
        String latest = briefbot.get("/api/issues/latest").body();
        String tags = briefbot.get("/api/tags?days=100000").body();
        String today = console(briefbot, "/today");
        String tag = console(briefbot, "/tags");
        return List.of(issues, latest, tags, today, tag);
    }

    private static String console(BriefbotProcess briefbot, String command) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + briefbot.httpPort() + "/console/api/command"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + command + "\"}")).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
