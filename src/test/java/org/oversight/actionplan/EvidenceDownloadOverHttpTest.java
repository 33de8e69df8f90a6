package org.oversight.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.evidence.EvidenceChecker;
import org.oversight.testsupport.DatabaseTest;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** GET /evidence/{id} through the whole security filter chain, as the browser's download does. */
@DatabaseTest
@OwnDatabase
class EvidenceDownloadOverHttpTest {

    @Autowired WebApplicationContext context;
    @Autowired PlanFixtures fx;
    MockMvc http;
    long surreyChecklist;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        surreyChecklist = fx.evidenceOnAFreshItem("surrey", "SURREY", "cse-grooming-checklist-v2.pdf", PlanFixtures.smallPdf());
    }

    @Test
    @WithUserDetails("devon")
    void anotherForcesLeadGetsNotFoundAndNeverTheBytes() throws Exception {
        var response = http.perform(get("/evidence/" + surreyChecklist))
                .andExpect(status().isNotFound())
                .andReturn().getResponse();

        assertThat(response.getContentAsString()).doesNotContain("%PDF");
        assertThat(response.getHeader("Content-Disposition")).isNull();
    }

    @Test
    @WithUserDetails("surrey")
    void theOwningForcesLeadDownloadsTheFileAsAnAttachment() throws Exception {
        var response = http.perform(get("/evidence/" + surreyChecklist))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse();

        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;").contains("cse-grooming-checklist-v2.pdf");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(EvidenceChecker.sha256(bytes)).isEqualTo(fx.evidenceSha(surreyChecklist));
    }

    @Test
    @WithUserDetails("hmicfrs")
    void watchdogStaffMayDownloadAnyForcesEvidence() throws Exception {
        http.perform(get("/evidence/" + surreyChecklist)).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("surrey")
    void anIdThatDoesNotExistIsNotFound() throws Exception {
        http.perform(get("/evidence/987654321")).andExpect(status().isNotFound());
    }

    @Test
    @WithAnonymousUser
    void nobodySignedInIsSentToTheLoginPage() throws Exception {
        var response = http.perform(get("/evidence/" + surreyChecklist)).andReturn().getResponse();

        assertThat(response.getStatus()).isIn(302, 401);
        assertThat(response.getContentAsByteArray()).doesNotContain((byte) '%');
    }
}
