package com.salesteam.jira.rest;

import com.salesteam.jira.rest.entities.ErrorJson;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Test;

import javax.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;

public class ServiceExceptionMapperTest {

    private final ServiceExceptionMapper english = new ServiceExceptionMapper(new PropertiesTranslator(Locale.ENGLISH));

    @Test
    public void invalidInputIs400WithATranslatedMessagePerField() {
        ServiceException e = ServiceException.invalid(List.of(
                FieldError.of("name", "salesteam.error.team.name.toolong", 255),
                FieldError.of("members[0]", "salesteam.error.team.member.unknown", "ghost")));

        Response response = english.toResponse(e);
        ErrorJson body = (ErrorJson) response.getEntity();

        assertEquals(400, response.getStatus());
        assertEquals("A team name can have at most 255 characters.", body.getErrors().get("name"));
        assertEquals("There is no Jira user with the key \"ghost\".", body.getErrors().get("members[0]"));
        assertEquals(1, body.getErrorMessages().size());
    }

    @Test
    public void reasonsMapToTheirStatus() {
        assertEquals(401, english.toResponse(ServiceException.unauthenticated()).getStatus());
        assertEquals(403, english.toResponse(ServiceException.forbidden("salesteam.error.forbidden")).getStatus());
        assertEquals(404, english.toResponse(ServiceException.notFound("salesteam.error.team.notfound", 7L)).getStatus());
        assertEquals(409, english.toResponse(ServiceException.conflict("salesteam.error.team.haschildren", "A")).getStatus());
    }

    @Test
    public void messagesFollowTheCallersLanguage() {
        ServiceExceptionMapper chinese = new ServiceExceptionMapper(new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE));

        ErrorJson body = (ErrorJson) chinese.toResponse(ServiceException.notFound("salesteam.error.team.notfound", 7L)).getEntity();

        assertEquals(List.of("不存在 ID 为 7 的团队。"), body.getErrorMessages());
    }
}
