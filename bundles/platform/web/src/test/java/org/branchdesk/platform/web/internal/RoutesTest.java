package org.branchdesk.platform.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collection;

import org.junit.Test;

public class RoutesTest {

    private static Routes routes() {
        Map<String, Collection<String>> templates = new LinkedHashMap<>();
        templates.put("/staff", List.of("GET", "POST"));
        templates.put("/staff/me", List.of("GET"));
        templates.put("/staff/{username}/roles", List.of("PUT"));
        templates.put("/customers/{id}", List.of("GET", "PUT"));
        templates.put("/customers/{id}/view", List.of("GET"));
        templates.put("admin/deploy/{file: [^/]+\\.jar}", List.of("PUT", "DELETE"));
        return Routes.of(templates);
    }

    @Test
    public void thePathsOwnMethodsNotTheClasses() {
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "POST"), routes().allowed("staff"));
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "POST"), routes().allowed("/staff/"));
        assertEquals(Set.of("GET", "HEAD", "OPTIONS"), routes().allowed("staff/me"));
        assertEquals(Set.of("OPTIONS", "PUT"), routes().allowed("staff/li/roles"));
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "PUT"), routes().allowed("customers/C0001"));
        assertEquals(Set.of("GET", "HEAD", "OPTIONS"), routes().allowed("customers/C0001/view"));
        assertEquals(Set.of("DELETE", "OPTIONS", "PUT"), routes().allowed("admin/deploy/x.jar"));
        assertEquals("DELETE, OPTIONS, PUT", Routes.header(routes().allowed("admin/deploy/x.jar")));
    }

    @Test
    public void aPathNoResourceServesHasNoMethods() {
        assertTrue(routes().allowed("nothing").isEmpty());
        assertTrue(routes().allowed("admin/deploy/x.zip").isEmpty());
        assertTrue(routes().allowed("customers/C0001/view/more").isEmpty());
    }

    @Test
    public void aLiteralTemplateBeatsAVariable() {
        Map<String, Collection<String>> templates = new LinkedHashMap<>();
        templates.put("lobby/tickets/{id}", List.of("GET"));
        templates.put("lobby/tickets/today", List.of("DELETE"));
        assertEquals(Set.of("DELETE", "OPTIONS"), Routes.of(templates).allowed("lobby/tickets/today"));
        assertEquals(Set.of("GET", "HEAD", "OPTIONS"), Routes.of(templates).allowed("lobby/tickets/7"));
    }
}
