package com.salesteam.jira.rest;

import com.salesteam.jira.rest.entities.ErrorJson;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.Translator;

import javax.inject.Inject;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A refused use case becomes its HTTP status with a translated JSON body that names each bad field. */
@Provider
public class ServiceExceptionMapper implements ExceptionMapper<ServiceException> {

    private final Translator translator;

    @Inject
    public ServiceExceptionMapper(Translator translator) {
        this.translator = translator;
    }

    @Override
    public Response toResponse(ServiceException exception) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : exception.fieldErrors()) {
            fields.putIfAbsent(error.field(), translator.text(error.messageKey(), error.arguments().toArray()));
        }
        String message = translator.text(exception.messageKey(), exception.arguments().toArray());
        return Response.status(status(exception.reason()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(List.of(message), fields))
                .build();
    }

    static int status(ServiceException.Reason reason) {
        return switch (reason) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
    }
}
