package org.oversight.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI 3.1 document, generated from the controllers at {@code /v3/api-docs/api} (never checked in),
 * and its browsable UI at {@code /swagger-ui/index.html}; both behind sign-in (the application's filter chain).
 * Only this group ("api", {@code /api/v1/**}) is configured here, so other groups can sit beside it.
 */
@Configuration
class ApiDocsConfig {

    static final String GROUP = "api";
    static final String BEARER = "bearer";

    @Bean
    GroupedOpenApi apiGroup() {
        return GroupedOpenApi.builder()
                .group(GROUP)
                .displayName("Oversight Tracker API v1")
                .pathsToMatch("/api/v1/**")
                .addOpenApiCustomizer(openApi -> openApi
                        .info(new Info().title("Oversight Tracker API").version("v1")
                                .description("Reports, recommendations, action plans, progress and clocks. Authenticate "
                                        + "with an API token (Authorization: Bearer ...). Every POST needs an "
                                        + "Idempotency-Key header; errors are RFC 9457 problem details."))
                        .components((openApi.getComponents() == null ? new Components() : openApi.getComponents())
                                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer").description("An API token made on the API tokens page")))
                        .addSecurityItem(new SecurityRequirement().addList(BEARER)))
                .build();
    }
}
