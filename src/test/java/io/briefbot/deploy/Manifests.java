package io.briefbot.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The YAML documents of the deployment files, as parsed trees; templates ({@code *.example.yml}) are not applied as they are. */
final class Manifests {

    static final Path KUBERNETES = Path.of("deploy", "kubernetes");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Manifests() {
    }

    static List<JsonNode> kubernetes() {
        try (Stream<Path> files = Files.list(KUBERNETES)) {
            List<JsonNode> all = new ArrayList<>();
            files.filter(file -> file.toString().endsWith(".yml") && !file.toString().endsWith(".example.yml")).sorted().forEach(file -> all.addAll(documents(file)));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> documents(Path file) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<JsonNode> parsed = new ArrayList<>();
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isEmpty()) {
                    parsed.add(document);
                }
            }
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + file, e);
        }
    }

    static JsonNode only(List<JsonNode> documents, String kind, String name) {
        List<JsonNode> matching = documents.stream()
                .filter(document -> kind.equals(document.path("kind").asText()))
                .filter(document -> name.equals(document.path("metadata").path("name").asText()))
                .toList();
        if (matching.size() != 1) {
            throw new AssertionError("Expected one " + kind + " named " + name + ", found " + matching.size());
        }
        return matching.get(0);
    }
}
