package com.salesteam.jira.sandbox;

import org.junit.rules.ExternalResource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A sandbox started on a fresh data directory with demo data and a fixed clock for one test class (use as a
 * {@code @ClassRule}), and called over HTTP as a logged-in user via the sandbox's login cookie. Redirects are not
 * followed so tests see the login redirects themselves.
 */
public final class SandboxServer extends ExternalResource {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String directoryPrefix;
    private final Instant now;
    private final String accept;
    private Sandbox sandbox;

    /** {@code accept} is the Accept header every request sends, which decides how errors and pages are rendered. */
    public SandboxServer(String directoryPrefix, String now, String accept) {
        this.directoryPrefix = directoryPrefix;
        this.now = Instant.parse(now);
        this.accept = accept;
    }

    @Override
    protected void before() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory(directoryPrefix), true, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Override
    protected void after() {
        try {
            sandbox.close();
        } catch (Exception e) {
            throw new IllegalStateException("the sandbox did not stop", e);
        }
    }

    /** Sends a request as {@code user} (anonymous when null), with a body of {@code contentType} when not null. */
    public HttpResponse<String> send(String method, String path, String user, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Cookie", SandboxLoginFilter.USER_COOKIE + "=" + user);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Accept", accept);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, String user) throws Exception {
        return send("GET", path, user, null, null);
    }

    public HttpResponse<String> postJson(String path, String user, String json) throws Exception {
        return send("POST", path, user, "application/json", json);
    }
}
