package com.salesteam.jira.bench;

import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.quota.QuotaCsvService;
import com.salesteam.jira.service.quota.QuotaCsvServiceImpl;
import com.salesteam.jira.service.quota.QuotaImport;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.QuotaChangeEntity;
import com.salesteam.jira.store.QuotaEntity;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.TestActiveObjects;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Issue 4's target: a 10,000-row quota file imports in at most 5 s on the embedded database. */
public class QuotaCsvBench {

    private static final int REPS = 2_500;
    private static final int QUARTERS = 4;

    @Test
    public void tenThousandRowQuotaFileImports() throws Exception {
        TestActiveObjects engine = TestActiveObjects.create(TestDatabase.HSQLDB);
        engine.ao().migrate(TeamEntity.class, TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class,
                QuotaChangeEntity.class);
        List<String> reps = new ArrayList<>();
        for (int rep = 0; rep < REPS; rep++) {
            reps.add("rep" + rep);
        }
        new TeamRepository(engine.ao()).create(new TeamDraft("Everyone", "", Optional.empty(), Optional.of("boss"), reps));
        UserDirectory users = new UserDirectory() {
            @Override
            public Optional<Person> byKey(String userKey) {
                return Optional.of(new Person(userKey, userKey, userKey));
            }

            @Override
            public Optional<Person> byUsername(String username) {
                return byKey(username);
            }
        };
        CurrentUser boss = () -> Optional.of(new Caller("boss", "Boss", false));
        QuotaCsvService service = new QuotaCsvServiceImpl(new QuotaRepository(engine.ao()),
                new TeamRepository(engine.ao()), new SettingsRepository(engine.ao()), users,
                new PropertiesTranslator(Locale.ENGLISH), boss, Clock.fixed(Instant.parse("2026-05-15T10:00:00Z"),
                ZoneOffset.UTC), MemoryAttainmentCache.empty(), MemoryScorecardCache.empty());

        byte[] first = file(0);
        long started = System.nanoTime();
        QuotaImport created = service.importFile(new java.io.ByteArrayInputStream(first));
        double createSeconds = (System.nanoTime() - started) / 1e9;
        byte[] second = file(1);
        started = System.nanoTime();
        QuotaImport changed = service.importFile(new java.io.ByteArrayInputStream(second));
        double changeSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        String exported = service.export();
        double exportSeconds = (System.nanoTime() - started) / 1e9;

        System.out.printf("%n[bench] quota CSV of %,d rows: import creating all %.2f s, changing all %.2f s,"
                + " export %.2f s%n", REPS * QUARTERS, createSeconds, changeSeconds, exportSeconds);
        assertEquals(new QuotaImport(REPS * QUARTERS, REPS * QUARTERS), created);
        assertEquals(new QuotaImport(REPS * QUARTERS, REPS * QUARTERS), changed);
        assertEquals(REPS * QUARTERS + 1, exported.split("\r\n").length);
        assertTrue("at most 5 s", Math.max(createSeconds, changeSeconds) <= 5.0);
    }

    private static byte[] file(int raise) {
        StringBuilder csv = new StringBuilder("type,subject,period,metric,target,currency\n");
        for (int rep = 0; rep < REPS; rep++) {
            for (int quarter = 1; quarter <= QUARTERS; quarter++) {
                csv.append("rep,rep").append(rep).append(",FY2027-Q").append(quarter).append(",revenue-won,")
                        .append(100_000 + rep + raise).append(".50,EUR\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
