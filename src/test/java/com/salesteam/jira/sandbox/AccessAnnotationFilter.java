package com.salesteam.jira.sandbox;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.rest.entities.ErrorJson;
import com.salesteam.jira.service.Caller;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Jira 10's REST layer does with its access annotations before a resource runs: {@code @LicensedOnly}
 * turns away anonymous callers (401), {@code @AdminOnly} also non-administrators (403).
 */
final class AccessAnnotationFilter implements ContainerRequestFilter {

    private final SandboxSession session;

    @Context
    private ResourceInfo resourceInfo;

    AccessAnnotationFilter(SandboxSession session) {
        this.session = session;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
            return;
        }
        boolean adminOnly = has(AdminOnly.class);
        boolean licensedOnly = has(LicensedOnly.class);
        Optional<Caller> caller = session.caller();
        if ((adminOnly || licensedOnly) && caller.isEmpty()) {
            request.abortWith(refuse(Response.Status.UNAUTHORIZED, "salesteam.error.unauthenticated"));
        } else if (adminOnly && !caller.get().admin()) {
            request.abortWith(refuse(Response.Status.FORBIDDEN, "salesteam.error.forbidden"));
        }
    }

    private boolean has(Class<? extends java.lang.annotation.Annotation> annotation) {
        AnnotatedElement method = resourceInfo.getResourceMethod();
        return method.isAnnotationPresent(annotation) || resourceInfo.getResourceClass().isAnnotationPresent(annotation);
    }

    private Response refuse(Response.Status status, String key) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(List.of(session.text(key)), Map.of())).build();
    }
}
