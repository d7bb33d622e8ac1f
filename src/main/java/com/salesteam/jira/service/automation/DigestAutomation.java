package com.salesteam.jira.service.automation;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.automation.ActionKind;
import com.salesteam.jira.model.automation.AutomationAction;
import com.salesteam.jira.model.automation.Digest;
import com.salesteam.jira.model.automation.DigestLine;
import com.salesteam.jira.model.automation.SlipReason;
import com.salesteam.jira.model.automation.SlipWatch;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AutomationRepository;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The weekly digest: to every rep and manager in a sales team who has not opted out, the deals of theirs (a manager:
 * of their teams too) that the automation found stale or slipped in the last seven days. One mail per person and
 * fiscal week; a person who cannot be mailed is logged and skipped.
 */
public class DigestAutomation implements Automation {

    static final Duration WINDOW = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(DigestAutomation.class);

    private final DealLedger ledger;
    private final AutomationRepository repository;
    private final SettingsRepository settings;
    private final TeamLookup teams;
    private final UserDirectory users;
    private final DigestMailer mailer;

    public DigestAutomation(DealLedger ledger, AutomationRepository repository, SettingsRepository settings,
                            TeamLookup teams, UserDirectory users, DigestMailer mailer) {
        this.ledger = ledger;
        this.repository = repository;
        this.settings = settings;
        this.teams = teams;
        this.users = users;
        this.mailer = mailer;
    }

    @Override
    public String key() {
        return AutomationJobs.DIGEST;
    }

    @Override
    public void run(long runId, Instant now, BooleanSupplier cancelled, RunTally tally) {
        Instant since = now.minus(WINDOW);
        String week = settings.fiscalCalendar().periodContaining(PeriodType.WEEK, now).key();
        List<AutomationAction> nudges = repository.actionsSince(since).stream()
                .filter(action -> action.kind() == ActionKind.COMMENTED).toList();
        List<SlipWatch> slips = repository.alertedSlips().stream()
                .filter(watch -> !watch.alertedAt().orElseThrow().isBefore(since)).toList();
        Set<Long> issueIds = new HashSet<>();
        nudges.forEach(action -> issueIds.add(action.issueId()));
        slips.forEach(watch -> issueIds.add(watch.issueId()));
        Map<Long, DealFacts> facts = ledger.factsOf(issueIds);
        TeamHierarchy hierarchy = teams.hierarchy();
        Set<String> optedOut = repository.digestOptOuts();
        Set<String> recipients = new LinkedHashSet<>();
        for (Team team : hierarchy.all()) {
            team.managerKey().ifPresent(recipients::add);
            recipients.addAll(team.memberKeys());
        }
        recipients.removeAll(optedOut);
        Set<String> done = repository.doneKeys(recipients.stream().map(key -> "digest:" + key + ":" + week).toList());
        for (String recipient : recipients) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            tally.deal();
            try {
                Set<String> owners = ownersSeenBy(recipient, hierarchy);
                Digest digest = new Digest(recipient, name(recipient), week,
                        nudges.stream().filter(action -> ownedBy(facts, action.issueId(), owners))
                                .map(action -> new DigestLine(action.issueKey(), ownerName(facts, action.issueId()),
                                        ActionKind.COMMENTED, "")).distinct().toList(),
                        slips.stream().filter(watch -> ownedBy(facts, watch.issueId(), owners))
                                .map(watch -> new DigestLine(watch.issueKey(), ownerName(facts, watch.issueId()),
                                        ActionKind.FLAGGED, watch.reasons().stream().map(SlipReason::name).sorted()
                                        .collect(Collectors.joining(", ")))).toList());
                if (digest.isEmpty() || done.contains(digest.key())) {
                    continue;
                }
                mailer.send(digest);
                repository.recordAction(digest.key(), new AutomationAction(runId, 0, "", ActionKind.MAILED, recipient, now));
                tally.action();
            } catch (RuntimeException e) {
                tally.failure();
                LOG.warn("Digest not sent to {}: {}", recipient, e.toString());
            }
        }
    }

    private static Set<String> ownersSeenBy(String person, TeamHierarchy hierarchy) {
        Set<String> owners = new HashSet<>();
        owners.add(person);
        for (Team team : hierarchy.all()) {
            if (team.managerKey().filter(person::equals).isPresent()) {
                owners.addAll(hierarchy.rollUpMembers(team.id()));
            }
        }
        return owners;
    }

    private static boolean ownedBy(Map<Long, DealFacts> facts, long issueId, Set<String> owners) {
        DealFacts deal = facts.get(issueId);
        return deal != null && deal.ownerKey().filter(owners::contains).isPresent();
    }

    private String ownerName(Map<Long, DealFacts> facts, long issueId) {
        return facts.get(issueId).ownerKey().map(this::name).orElse("");
    }

    private String name(String userKey) {
        return users.byKey(userKey).map(Person::displayName).orElse(userKey);
    }
}
