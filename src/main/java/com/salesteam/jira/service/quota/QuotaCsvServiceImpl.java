package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.CsvText;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaKey;
import com.salesteam.jira.model.quota.QuotaMeasure;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.AttainmentCache;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

public class QuotaCsvServiceImpl implements QuotaCsvService {

    static final List<String> HEADER = List.of("type", "subject", "period", "metric", "target", "currency");
    /** Rows beyond this are refused: far above a large company's plan for a year, and a bound on the work. */
    static final int MAX_ROWS = 50_000;
    /** The most bytes ever read from an upload: the rows bound with room for long names. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final QuotaRepository quotas;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final UserDirectory users;
    private final Translator translator;
    private final AccessGuard access;
    private final Clock clock;
    private final AttainmentCache attainments;
    private final ScorecardCache scorecards;

    public QuotaCsvServiceImpl(QuotaRepository quotas, TeamRepository teams, SettingsRepository settings,
                               UserDirectory users, Translator translator, CurrentUser currentUser, Clock clock,
                               AttainmentCache attainments, ScorecardCache scorecards) {
        this.quotas = quotas;
        this.teams = teams;
        this.settings = settings;
        this.users = users;
        this.translator = translator;
        this.access = new AccessGuard(currentUser);
        this.clock = clock;
        this.attainments = attainments;
        this.scorecards = scorecards;
    }

    @Override
    public String export() {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        List<Quota> readable = new ArrayList<>();
        quotas.forEach(quota -> {
            if (QuotaAccess.mayRead(caller, quota.subject(), hierarchy)) {
                readable.add(quota);
            }
        });
        Map<String, String> usernames = new HashMap<>();
        Function<Quota, String> subjectName = quota -> quota.subject() instanceof QuotaSubject.TeamQuota team
                ? hierarchy.team(team.teamId()).map(Team::name).orElse(team.key())
                : usernames.computeIfAbsent(quota.subject().key(),
                        key -> users.byKey(key).map(Person::username).orElse(key));
        readable.sort(Comparator.comparing((Quota quota) -> quota.subject().type())
                .thenComparing(subjectName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Quota::periodKey)
                .thenComparing(Quota::metric, QuotaMeasure.ORDER));
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (Quota quota : readable) {
            csv.append(quota.subject().type()).append(',')
                    .append(CsvText.field(subjectName.apply(quota), false)).append(',')
                    .append(quota.periodKey()).append(',')
                    .append(quota.metric().key()).append(',')
                    .append(quota.targetText()).append(',')
                    .append(quota.amount().map(money -> money.currency().getCurrencyCode()).orElse(""))
                    .append("\r\n");
        }
        return csv.toString();
    }

    @Override
    public QuotaImport importFile(InputStream file) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        if (!caller.admin() && !hierarchy.managesAny(caller.userKey())) {
            throw ServiceException.forbidden("salesteam.error.quota.csv.forbidden");
        }
        List<List<String>> records = CsvText.read(decode(read(file)));
        if (records.isEmpty() || !header(records.get(0))) {
            throw ServiceException.invalid(FieldError.of("header", "salesteam.error.quota.csv.header",
                    String.join(",", HEADER)));
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw ServiceException.invalid(FieldError.of("file", "salesteam.error.quota.csv.rows", MAX_ROWS));
        }
        RowReader reader = new RowReader(caller, hierarchy);
        for (int index = 1; index < records.size(); index++) {
            reader.read(index + 1, records.get(index));
        }
        reader.checkUnchanged();
        reader.checkOverlaps();
        if (!reader.errors.isEmpty()) {
            throw ServiceException.invalid(reader.errors);
        }
        if (reader.rows.isEmpty()) {
            throw ServiceException.invalid(FieldError.of("file", "salesteam.error.quota.csv.empty"));
        }
        List<Quota> wanted = reader.rows.stream().flatMap(row -> row.quota().stream()).toList();
        List<QuotaKey> removed = reader.rows.stream().filter(Row::removal).map(Row::key).toList();
        int changed = quotas.putAll(wanted, removed, caller.userKey(), clock.instant(), reader::checkStoredOverlaps)
                .size();
        if (changed > 0) {
            attainments.forgetAll();
            scorecards.forgetScores(); // the KPI definitions and weights do not depend on quotas
        }
        return new QuotaImport(reader.rows.size(), changed);
    }

    /** At most one byte over the limit is read: a huge upload is refused without being held in memory. */
    private static byte[] read(InputStream file) {
        try {
            byte[] bytes = file.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw ServiceException.invalid(FieldError.of("file", "salesteam.error.quota.csv.bytes",
                        MAX_BYTES / 1024 / 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("the quota file could not be read", e);
        }
    }

    /** Strict UTF-8 (a spreadsheet's byte order mark allowed): other encodings would import garbled names. */
    private static String decode(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ServiceException.invalid(FieldError.of("file", "salesteam.error.quota.csv.encoding"));
        }
    }

    private static boolean header(List<String> record) {
        return record.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER);
    }

    /** A row setting its quota, or removing it when the target is empty. */
    private record Row(int number, QuotaKey key, Optional<Quota> quota, Period period) {

        boolean removal() {
            return quota.isEmpty();
        }
    }

    /** A row valid only if it changes nothing, and its refusal should it change something. */
    private record KeptRow(Row row, FieldError refusal) {
    }

    /** Reads rows one by one, remembering what earlier rows set so duplicates and overlaps name the first row. */
    private final class RowReader {

        private final Caller caller;
        private final TeamHierarchy hierarchy;
        private final SettingsRepository.CalendarAndCurrency calendarAndCurrency = settings.calendarAndCurrency();
        private final FiscalCalendar calendar = calendarAndCurrency.calendar();
        private final Map<String, Long> teamIdsByName;
        private final Map<String, Optional<Person>> peopleByUsername = new HashMap<>();
        private final Map<QuotaKey, Row> byKey = new HashMap<>();
        private final List<Row> rows = new ArrayList<>();
        private final List<FieldError> errors = new ArrayList<>();
        private final List<KeptRow> unchangedOnly = new ArrayList<>();
        private final QuotaMeasures measures = new QuotaMeasures(scorecards);

        RowReader(Caller caller, TeamHierarchy hierarchy) {
            this.caller = caller;
            this.hierarchy = hierarchy;
            this.teamIdsByName = hierarchy.all().stream().collect(Collectors.toMap(
                    team -> team.name().strip().toLowerCase(Locale.ROOT), Team::id, (first, second) -> first));
        }

        void read(int number, List<String> record) {
            if (record.size() == 1 && record.get(0).isBlank()) {
                return;
            }
            String prefix = "rows[" + number + "].";
            if (record.size() != HEADER.size()) {
                errors.add(FieldError.of(prefix + "row", "salesteam.error.quota.csv.columns", record.size(), HEADER.size()));
                return;
            }
            int errorsBefore = errors.size();
            boolean removal = record.get(4).isBlank();
            Optional<QuotaSubject> subject = subject(record.get(0).strip(), CsvText.unguarded(record.get(1).strip()),
                    prefix);
            Optional<Period> period = Period.parse(record.get(2).strip(), calendar);
            if (period.isEmpty()) {
                errors.add(FieldError.of(prefix + "period", "salesteam.error.period.key.malformed", record.get(2)));
            }
            List<FieldError> refused = new ArrayList<>();
            // a retired KPI's quota may still be removed
            Optional<QuotaMeasure> settable = removal ? measures.toRemove(record.get(3), prefix + "metric", refused)
                    : measures.toSet(record.get(3), prefix + "metric", refused);
            // a known KPI refused a new quota (retired, or now counting deals) may still come back as it is stored
            Optional<QuotaMeasure> kept = settable.isPresent() || removal ? Optional.empty()
                    : QuotaMeasure.fromKey(record.get(3)).filter(known -> known instanceof QuotaMeasure.Kpi kpi
                            && measures.definition(kpi).isPresent());
            // refused in its place among the errors, withdrawn once the row is found unchanged (checkUnchanged)
            errors.addAll(refused);
            int rowErrors = errorsBefore + (kept.isPresent() ? refused.size() : 0);
            Optional<QuotaMeasure> metric = settable.or(() -> kept);
            String currency = record.get(5).strip();
            if (!removal && metric.filter(known -> !known.money()).isPresent() && !currency.isEmpty()) {
                errors.add(FieldError.of(prefix + "currency", "salesteam.error.quota.csv.currency.count", currency));
            }
            if (subject.isEmpty() || period.isEmpty() || metric.isEmpty() || errors.size() > rowErrors) {
                return;
            }
            QuotaKey key = new QuotaKey(subject.get(), period.get().key(), metric.get());
            Optional<Quota> quota = Optional.empty();
            if (!removal) {
                String target = metric.get().money() && !currency.isEmpty() ? currency + " " + record.get(4).strip()
                        : record.get(4);
                quota = QuotaTargets.parse(subject.get(), period.get().key(), metric.get(), target,
                        prefix + "target", calendarAndCurrency::currency, translator.locale(), errors);
                if (quota.isEmpty()) {
                    return;
                }
            }
            Row row = new Row(number, key, quota, period.get());
            Row earlier = byKey.putIfAbsent(key, row);
            if (earlier != null) {
                errors.add(FieldError.of(prefix + "period", earlier.quota().equals(row.quota())
                        ? "salesteam.error.quota.csv.duplicate" : "salesteam.error.quota.csv.conflict", earlier.number()));
                return;
            }
            rows.add(row);
            if (kept.isPresent()) {
                unchangedOnly.add(new KeptRow(row, refused.get(0)));
            }
        }

        /**
         * Rows of a KPI that can no longer get a quota pass when they equal the stored quota (an unedited export
         * re-imported): their refusal is withdrawn. One read per such KPI, none for a file without them.
         */
        void checkUnchanged() {
            Map<QuotaMeasure, List<KeptRow>> byMetric = unchangedOnly.stream().collect(Collectors.groupingBy(
                    kept -> kept.row().key().metric()));
            byMetric.forEach((metric, kept) -> {
                Set<Quota> stored = new HashSet<>(quotas.find(
                        kept.stream().map(one -> one.row().key().subject()).collect(Collectors.toSet()),
                        kept.stream().map(one -> one.row().key().periodKey()).collect(Collectors.toSet()), metric));
                kept.stream().filter(one -> one.row().quota().filter(stored::contains).isPresent())
                        .forEach(one -> errors.remove(one.refusal()));
            });
        }

        /**
         * A year and a quarter inside it for the same subject and metric would both count the same deals: such a
         * file is refused, naming both rows, rather than guessing which target was meant. Removals overlap nothing.
         */
        void checkOverlaps() {
            Map<List<Object>, List<Row>> bySubjectAndMetric = rows.stream().filter(row -> !row.removal())
                    .collect(Collectors.groupingBy(row -> List.of(row.key().subject(), row.key().metric())));
            for (List<Row> group : bySubjectAndMetric.values()) {
                group.sort(Comparator.comparing((Row row) -> row.period().start()).thenComparing(Row::number));
                Row reaching = null;
                for (Row row : group) {
                    if (reaching != null && row.period().start().isBefore(reaching.period().end())) {
                        errors.add(FieldError.of("rows[" + row.number() + "].period",
                                "salesteam.error.quota.csv.overlap", row.period().key(), reaching.number(),
                                reaching.period().key()));
                    }
                    if (reaching == null || row.period().end().isAfter(reaching.period().end())) {
                        reaching = row;
                    }
                }
            }
        }

        /**
         * The same rule against the quotas already stored for the file's subjects, read by the import's own
         * transaction before it writes: every row whose period shares a day with another stored period of its
         * subject and metric is reported, and nothing is written. A stored quota the file removes is no longer
         * there to overlap (a year removed and its quarters set in one file).
         */
        void checkStoredOverlaps(List<Quota> stored) {
            Set<QuotaKey> removed = rows.stream().filter(Row::removal).map(Row::key).collect(Collectors.toSet());
            QuotaOverlaps overlaps = new QuotaOverlaps(stored.stream()
                    .filter(quota -> !removed.contains(QuotaKey.of(quota))).toList(), calendar);
            List<FieldError> found = new ArrayList<>();
            for (Row row : rows) {
                row.quota().flatMap(quota -> overlaps.overlapping(quota, row.period())).ifPresent(other ->
                        found.add(FieldError.of("rows[" + row.number() + "].period",
                                "salesteam.error.quota.csv.overlap.stored", row.period().key(), other.key())));
            }
            if (!found.isEmpty()) {
                throw ServiceException.invalid(found);
            }
        }

        private Optional<QuotaSubject> subject(String type, String name, String prefix) {
            Optional<QuotaSubject> subject = switch (type.toLowerCase(Locale.ROOT)) {
                case "rep" -> peopleByUsername.computeIfAbsent(name, users::byUsername)
                        .map(person -> (QuotaSubject) new QuotaSubject.Rep(person.key()))
                        .or(() -> refuse(prefix + "subject", "salesteam.error.quota.csv.user.unknown", name));
                case "team" -> Optional.ofNullable(teamIdsByName.get(name.toLowerCase(Locale.ROOT)))
                        .map(id -> (QuotaSubject) new QuotaSubject.TeamQuota(id))
                        .or(() -> refuse(prefix + "subject", "salesteam.error.quota.csv.team.unknown", name));
                default -> refuse(prefix + "type", "salesteam.error.quota.subject.type", type);
            };
            if (subject.isPresent() && !QuotaAccess.mayChange(caller, subject.get(), hierarchy)) {
                return refuse(prefix + "subject", "salesteam.error.quota.csv.subject.forbidden", name);
            }
            return subject;
        }

        private Optional<QuotaSubject> refuse(String field, String key, Object argument) {
            errors.add(FieldError.of(field, key, argument));
            return Optional.empty();
        }
    }
}
