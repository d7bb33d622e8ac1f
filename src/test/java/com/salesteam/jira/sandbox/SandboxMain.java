package com.salesteam.jira.sandbox;

import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code mvn test-compile exec:java} starts the sandbox at http://localhost:2990/jira; add
 * {@code -Dsandbox.reset=true} to start again from the demo data.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("sandbox.port", 2990);
        boolean reset = Boolean.getBoolean("sandbox.reset");
        Path data = Path.of(System.getProperty("sandbox.data", "target/sandbox"));
        Sandbox sandbox = Sandbox.start(port, data, reset, Clock.systemUTC());
        System.out.println();
        System.out.println("Sales Team Manager SANDBOX (not Jira) is running at " + sandbox.baseUrl() + "/");
        System.out.println("Data: " + data.toAbsolutePath() + (reset ? " (reset)" : "") + ". Stop with Ctrl+C.");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                sandbox.close();
            } catch (Exception e) {
                System.err.println("sandbox stop: " + e.getMessage());
            }
        }));
        sandbox.join();
    }
}
