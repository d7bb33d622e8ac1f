package com.salesteam.jira.sandbox;

import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The sandbox's stand-in for Jira's XSRF token: a token per logged-in user derived from a secret of this sandbox
 * run, given to forms and checked on their posts under Jira's parameter name, as Jira's own validator does.
 */
final class SandboxXsrf implements XsrfTokenValidator, XsrfTokenAccessor {

    static final String PARAMETER = "atl_token";

    private final SandboxSession session;
    private final byte[] secret = new byte[16];

    SandboxXsrf(SandboxSession session) {
        this.session = session;
        new SecureRandom().nextBytes(secret);
    }

    @Override
    public String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
        return token();
    }

    @Override
    public boolean validateFormEncodedToken(HttpServletRequest request) {
        return MessageDigest.isEqual(token().getBytes(StandardCharsets.UTF_8),
                String.valueOf(request.getParameter(PARAMETER)).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String getXsrfParameterName() {
        return PARAMETER;
    }

    private String token() {
        String user = session.caller().map(caller -> caller.userKey()).orElse("");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(secret);
            return HexFormat.of().formatHex(digest.digest(user.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
