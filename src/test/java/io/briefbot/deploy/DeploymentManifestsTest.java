package io.briefbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class DeploymentManifestsTest {

    private final List<JsonNode> kubernetes = Manifests.kubernetes();
    private final JsonNode deployment = Manifests.only(kubernetes, "Deployment", "briefbot");
    private final JsonNode container = deployment.at("/spec/template/spec/containers/0");
    private final Set<String> secretKeys = fieldNames(
            Manifests.only(Manifests.documents(Manifests.KUBERNETES.resolve("secret.example.yml")), "Secret", "briefbot-secrets").path("stringData"));

    @Test
    void briefbotRunsReplicatedWithQuarkusHealthProbesAndResourceBounds() {
        assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/resources/requests/cpu").asText()).isNotBlank();
        assertThat(container.at("/resources/requests/memory").asText()).isNotBlank();
        assertThat(container.at("/resources/limits/memory").asText()).isNotBlank();
        assertThat(container.path("image").asText()).doesNotEndWith(":latest").contains(":");
    }

    @Test
    void healthAndMetricsAreReadOnTheManagementPortWhichNothingRoutesFromOutside() {
        int management = containerPort("management");
        assertThat(management).isNotEqualTo(containerPort("http"));
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/port").asInt()).as(probe).isEqualTo(management);
        }
        for (JsonNode annotated : List.of(deployment.at("/spec/template/metadata"), Manifests.only(kubernetes, "Service", "briefbot").path("metadata"))) {
            assertThat(annotated.at("/annotations/prometheus.io~1path").asText()).isEqualTo("/q/metrics");
            assertThat(annotated.at("/annotations/prometheus.io~1port").asInt()).isEqualTo(management);
        }
        assertThat(Manifests.only(kubernetes, "ConfigMap", "briefbot-config").at("/data/BRIEFBOT_MANAGEMENT_HOST").asText()).isEqualTo("0.0.0.0");
        JsonNode service = Manifests.only(kubernetes, "Service", "briefbot");
        assertThat(values(service.at("/spec/ports"), "/targetPort")).doesNotContain(Integer.toString(management), "management");
        for (JsonNode rule : Manifests.only(kubernetes, "Ingress", "briefbot").at("/spec/rules")) {
            assertThat(values(rule.at("/http/paths"), "/backend/service/port/name")).containsOnly("http");
        }
    }

    @Test
    void tokensComeFromTheSecretAndAreNeverInlined() {
        assertThat(values(container.path("envFrom"), "/secretRef/name")).containsExactly("briefbot-secrets");
        assertThat(values(container.path("envFrom"), "/configMapRef/name")).containsExactly("briefbot-config");
        for (JsonNode variable : container.path("env")) {
            assertThat(secretKeys).as("secret %s set inline", variable.path("name").asText()).doesNotContain(variable.path("name").asText());
        }
        JsonNode config = Manifests.only(kubernetes, "ConfigMap", "briefbot-config").path("data");
        assertThat(fieldNames(config)).doesNotContainAnyElementsOf(secretKeys).contains("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(config.path("BRIEFBOT_HTTP_HOST").asText()).isEqualTo("0.0.0.0");
        assertThat(kubernetes).noneMatch(document -> "Secret".equals(document.path("kind").asText()));
    }

    @Test
    void theSecretTemplateHoldsNoValues() {
        JsonNode template = Manifests.only(Manifests.documents(Manifests.KUBERNETES.resolve("secret.example.yml")), "Secret", "briefbot-secrets");
        assertThat(secretKeys).contains("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET",
                "BRIEFBOT_ADMIN_TOKEN", "QUARKUS_DATASOURCE_PASSWORD", "BRIEFBOT_IMAP_PASSWORD");
        template.path("stringData").forEach(value -> assertThat(value.asText()).isEmpty());
        assertThat(template.has("data")).isFalse();
    }

    @Test
    void theIngressExposesOnlyThePlatformCallbacks() {
        JsonNode ingress = Manifests.only(kubernetes, "Ingress", "briefbot");
        List<String> paths = new ArrayList<>();
        for (JsonNode rule : ingress.at("/spec/rules")) {
            for (JsonNode path : rule.at("/http/paths")) {
                paths.add(path.path("path").asText());
                assertThat(path.path("pathType").asText()).isEqualTo("Exact");
                assertThat(path.at("/backend/service/name").asText()).isEqualTo("briefbot");
            }
        }
        assertThat(paths).containsExactlyInAnyOrder("/slack/events", "/telegram/webhook");
        assertThat(ingress.at("/spec/defaultBackend").isMissingNode()).isTrue();
    }

    @Test
    void theServiceReachesBriefbotsPods() {
        JsonNode service = Manifests.only(kubernetes, "Service", "briefbot");
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        assertThat(fieldNames(service.at("/spec/selector"))).isNotEmpty();
        service.at("/spec/selector").fields().forEachRemaining(label ->
                assertThat(podLabels.path(label.getKey()).asText()).isEqualTo(label.getValue().asText()));
        assertThat(values(service.at("/spec/ports"), "/name")).contains("http");
    }

    @Test
    void onlyBriefbotMayConnectToPostgres() {
        JsonNode postgres = Manifests.only(kubernetes, "StatefulSet", "briefbot-postgres");
        JsonNode policy = Manifests.only(kubernetes, "NetworkPolicy", "briefbot-postgres");
        assertThat(policy.at("/spec/podSelector/matchLabels")).isEqualTo(postgres.at("/spec/template/metadata/labels"));
        assertThat(values(policy.at("/spec/policyTypes"), "")).contains("Ingress");
        JsonNode rules = policy.at("/spec/ingress");
        assertThat(rules).hasSize(1);
        JsonNode from = rules.get(0).path("from");
        assertThat(from).hasSize(1);
        assertThat(fieldNames(from.get(0))).containsExactly("podSelector");
        from.get(0).at("/podSelector/matchLabels").fields().forEachRemaining(label ->
                assertThat(deployment.at("/spec/template/metadata/labels").path(label.getKey()).asText()).isEqualTo(label.getValue().asText()));
        assertThat(values(rules.get(0).path("ports"), "/port")).containsExactly("5432");
        for (JsonNode variable : postgres.at("/spec/template/spec/containers/0/env")) {
            if (variable.path("name").asText().matches("POSTGRES_(USER|PASSWORD)")) {
                assertThat(variable.has("value")).isFalse();
                assertThat(variable.at("/valueFrom/secretKeyRef/name").asText()).isEqualTo("briefbot-secrets");
            }
        }
    }

    @Test
    void composeRunsPostgres17AndKeepsSecretsInTheEnvironment() {
        JsonNode compose = Manifests.documents(Path.of("deploy", "docker-compose.yml")).get(0);
        assertThat(compose.at("/services/postgres/image").asText()).isEqualTo("postgres:17");
        JsonNode briefbot = compose.at("/services/briefbot");
        briefbot.path("environment").fields().forEachRemaining(variable -> {
            if (secretKeys.contains(variable.getKey())) {
                assertThat(variable.getValue().asText()).as(variable.getKey()).startsWith("${");
            }
        });
        assertThat(values(briefbot.path("ports"), "")).allMatch(port -> port.startsWith("127.0.0.1:"));
        assertThat(briefbot.at("/environment/BRIEFBOT_MANAGEMENT_HOST").asText()).isEqualTo("0.0.0.0");
        assertThat(briefbot.at("/healthcheck/test").toString()).contains("/dev/tcp/127.0.0.1/9000", "/q/health/ready");
        assertThat(compose.at("/services/postgres/ports").isMissingNode()).isTrue();
        assertThat(briefbot.at("/build/dockerfile").asText()).isEqualTo("src/main/docker/Dockerfile.jvm");
        assertThat(Path.of("src/main/docker/Dockerfile.jvm")).exists();
    }

    @Test
    void theSystemdUnitReadsItsSecretsFromAnEnvironmentFile() throws IOException {
        List<String> unit = Files.readAllLines(Path.of("deploy", "systemd", "briefbot.service"));
        assertThat(unit).anyMatch(line -> line.startsWith("EnvironmentFile=/etc/briefbot/"));
        assertThat(unit).anyMatch(line -> line.startsWith("ExecStart=") && line.contains("quarkus-run.jar"));
        assertThat(unit).filteredOn(line -> line.startsWith("Environment="))
                .noneMatch(line -> secretKeys.stream().anyMatch(key -> line.contains(key + "=")));
        assertThat(unit).contains("[Service]", "[Install]", "User=briefbot");
    }

    private int containerPort(String name) {
        for (JsonNode port : container.path("ports")) {
            if (name.equals(port.path("name").asText())) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError("briefbot's container has no port named " + name);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> values(JsonNode array, String pointer) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(element -> element.at(pointer))
                .filter(value -> !value.isMissingNode())
                .map(JsonNode::asText)
                .toList();
    }
}
