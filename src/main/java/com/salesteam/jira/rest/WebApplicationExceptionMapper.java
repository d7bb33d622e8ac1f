package com.salesteam.jira.rest;

import com.salesteam.jira.rest.entities.ErrorJson;
import com.salesteam.jira.service.Translator;

import javax.inject.Inject;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Requests the framework refuses before a resource runs (wrong media type, unknown path, bad parameter)
 * still get the app's JSON error body, so clients handle one shape.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final Translator translator;

    @Inject
    public WebApplicationExceptionMapper(Translator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        ErrorJson body;
        if (exception instanceof NotSupportedException) {
            String message = translator.text("salesteam.error.request.notjson");
            body = new ErrorJson(List.of(message), Map.of("Content-Type", message));
        } else {
            body = new ErrorJson(List.of(translator.text("salesteam.error.request.refused", status)), Map.of());
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
