package org.oversight.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI document is generated from the code (nothing checked in), valid OpenAPI 3.1, and behind sign-in. */
@DatabaseTest
class ApiDocumentIsValidTest {

    @Autowired WebApplicationContext context;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers;

    @Test
    @WithUserDetails("surrey")
    void theApiGroupsDocumentIsValidOpenApi31AndDescribesEveryEndpoint() throws Exception {
        var http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var response = http.perform(get("/v3/api-docs/" + ApiDocsConfig.GROUP)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String document = response.getContentAsString();

        SwaggerParseResult parsed = new OpenAPIParser().readContents(document, null, null);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(parsed.getOpenAPI().getPaths()).containsKeys("/api/v1/reports", "/api/v1/reports/{id}",
                "/api/v1/reports/{id}/recommendations", "/api/v1/reports/{id}/plan", "/api/v1/recommendations",
                "/api/v1/recommendations/{id}", "/api/v1/recommendations/{id}/clocks",
                "/api/v1/recommendations/{id}/updates", "/api/v1/recommendations/{id}/completion-claims",
                "/api/v1/plans", "/api/v1/plans/{id}", "/api/v1/plans/{id}/actions", "/api/v1/actions/{id}/updates");
        assertThat(parsed.getOpenAPI().getPaths().keySet()).allMatch(p -> p.startsWith("/api/v1/"));
        assertThat(documented(parsed)).as("every endpoint of the API's controllers, with its method")
                .containsAll(endpoints()).contains("PATCH /api/v1/reports/{id}",
                        "PATCH /api/v1/reports/{id}/recommendations/{recommendationId}", "PATCH /api/v1/plans/{id}",
                        "DELETE /api/v1/actions/{id}", "POST /api/v1/clocks/{id}/met");
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsKey(ApiDocsConfig.BEARER);
    }

    @Test
    @WithAnonymousUser
    void theDocumentAndItsBrowsableUiNeedSignIn() throws Exception {
        var http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        for (String path : new String[] {"/v3/api-docs/" + ApiDocsConfig.GROUP, "/swagger-ui/index.html"}) {
            var response = http.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isIn(302, 401);
            assertThat(response.getContentAsString()).doesNotContain("/api/v1/reports");
        }
    }

    /** "METHOD /path" of every operation in the document. */
    static Set<String> documented(SwaggerParseResult parsed) {
        Set<String> ops = new TreeSet<>();
        parsed.getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> ops.add(method.name() + " " + path)));
        return ops;
    }

    /** "METHOD /path" of every handler method of the API's controllers, as Spring maps them. */
    Set<String> endpoints() {
        Set<String> ops = new TreeSet<>();
        handlers.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().equals(ApiDocsConfig.class.getPackageName())) {
                for (String path : info.getPatternValues()) {
                    info.getMethodsCondition().getMethods().forEach(m -> ops.add(m.name() + " " + path));
                }
            }
        });
        assertThat(ops).hasSizeGreaterThan(25);
        return ops;
    }
}
