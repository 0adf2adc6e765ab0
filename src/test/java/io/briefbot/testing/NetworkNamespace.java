package io.briefbot.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Another machine, as far as briefbot can tell: a network namespace joined to this one by a veth pair on
 * a private /30 of its own (never the machine's LAN or any outside address). Needs root and iproute2.
 */
public final class NetworkNamespace implements AutoCloseable {

    private final String name;
    private final String hostSide;
    private final String hostAddress;
    private final String guestAddress;

    private NetworkNamespace(String name, String hostSide, String hostAddress, String guestAddress) {
        this.name = name;
        this.hostSide = hostSide;
        this.hostAddress = hostAddress;
        this.guestAddress = guestAddress;
    }

    public static NetworkNamespace create() throws IOException, InterruptedException {
        int id = ThreadLocalRandom.current().nextInt(1 << 16);
        String name = "bb-ns-" + id;
        String hostSide = "bbh" + id;
        String guestSide = "bbg" + id;
        // 10.231.0.0/16 is left for these pairs; a /30 each
        int base = (id % 16_384) * 4;
        String subnet = "10.231." + (base / 256) + ".";
        String hostAddress = subnet + (base % 256 + 1);
        String guestAddress = subnet + (base % 256 + 2);
        NetworkNamespace namespace = new NetworkNamespace(name, hostSide, hostAddress, guestAddress);
        try {
            run("ip", "netns", "add", name);
            run("ip", "link", "add", hostSide, "type", "veth", "peer", "name", guestSide);
            run("ip", "link", "set", guestSide, "netns", name);
            run("ip", "addr", "add", hostAddress + "/30", "dev", hostSide);
            run("ip", "link", "set", hostSide, "up");
            run("ip", "netns", "exec", name, "ip", "addr", "add", guestAddress + "/30", "dev", guestSide);
            run("ip", "netns", "exec", name, "ip", "link", "set", guestSide, "up");
            run("ip", "netns", "exec", name, "ip", "link", "set", "lo", "up");
        } catch (IOException | RuntimeException e) {
            namespace.close();
            throw e;
        }
        return namespace;
    }

    /** This machine's address as the namespace reaches it. */
    public String hostAddress() {
        return hostAddress;
    }

    public String guestAddress() {
        return guestAddress;
    }

    /** Runs curl inside the namespace; returns its output (use -w to print the status). */
    public String curl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", name, "curl", "--silent", "--max-time", "10"));
        command.addAll(List.of(arguments));
        return output(command.toArray(String[]::new));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        // deleting the namespace deletes the guest side, and with it the pair
        new ProcessBuilder("ip", "netns", "del", name).redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        new ProcessBuilder("ip", "link", "del", hostSide).redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = output(process, command);
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "; needs root and iproute2): " + output);
        }
    }

    private static String output(String... command) throws IOException, InterruptedException {
        return output(new ProcessBuilder(command).redirectErrorStream(true).start(), command);
    }

    private static String output(Process process, String... command) throws IOException, InterruptedException {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        return output;
    }
}
