package com.salesteam.jira.store.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.Common;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.UnderscoreFieldNameConverter;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * The app's {@link ActiveObjects} over real SQL: the original Active Objects ORM (0.8.2) on HSQLDB or
 * PostgreSQL, with Atlassian's table and column naming, exposed through a {@link Proxy} so the same code runs
 * here and in Jira. Emulates what 0.8.2 lacks (bulk create, stream, deleteWithSQL, joined transactions) and
 * counts statements for the query budget.
 */
public final class TestActiveObjects implements AutoCloseable {

    /** The {@code namespace} of the {@code <ao>} module in atlassian-plugin.xml. */
    public static final String NAMESPACE = "com.salesteam.jira.sales-team-manager";

    /** 0.8.2 logs every statement at INFO; held here because java.util.logging keeps loggers weakly. */
    private static final java.util.logging.Logger AO_LOG = java.util.logging.Logger.getLogger("net.java.ao");

    private final StatementCounter statements = new StatementCounter();
    private final CountingConnections connections = new CountingConnections(statements);
    private final AtlassianTableNameConverter tableNames = new AtlassianTableNameConverter(NAMESPACE);
    private final ThreadLocal<Integer> transactionDepth = ThreadLocal.withInitial(() -> 0);
    private final Set<Class<?>> migrated = new LinkedHashSet<>();
    private final DatabaseProvider provider;
    private final EntityManager entityManager;
    private final ActiveObjects ao;

    private TestActiveObjects(TestDatabase database, String url) {
        AO_LOG.setLevel(java.util.logging.Level.WARNING);
        this.provider = provider(database, url);
        this.entityManager = new EntityManager(provider);
        entityManager.setTableNameConverter(tableNames);
        entityManager.setFieldNameConverter(new UnderscoreFieldNameConverter(true));
        this.ao = (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[]{ActiveObjects.class}, new Handler());
    }

    /** A new, empty database of this kind (PostgreSQL: the configured one, with the app's tables dropped). */
    public static TestActiveObjects create(TestDatabase database) {
        TestActiveObjects engine = new TestActiveObjects(database, database.newUrl());
        if (database == TestDatabase.POSTGRESQL) {
            engine.dropAppTables();
        }
        return engine;
    }

    /** A file database that survives restarts (the sandbox's). */
    public static TestActiveObjects file(java.nio.file.Path directory) {
        String url = "jdbc:hsqldb:file:" + directory.resolve("salesteam").toAbsolutePath() + ";shutdown=true";
        return new TestActiveObjects(TestDatabase.HSQLDB, url);
    }

    public ActiveObjects ao() {
        return ao;
    }

    public StatementCounter statements() {
        return statements;
    }

    public String tableName(Class<?> entity) {
        return tableNames.tableName(entity);
    }

    /** Runs plain SQL (for test set-up and assertions on what was written). */
    public <T> T withConnection(SqlWork<T> work) {
        try {
            return work.run(provider.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Shuts the database down (HSQLDB's provider does so on dispose) and closes every connection. */
    @Override
    public void close() {
        provider.dispose();
        connections.closeAll();
    }

    /**
     * HSQLDB numbers identity columns from 0, Jira's databases from 1; the app treats 0 as "no id", so empty
     * HSQLDB tables restart their key at 1.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void startIdentitiesAtOne(Class[] entities) throws SQLException {
        if (!(provider instanceof HSQLDatabaseProvider)) {
            return;
        }
        for (Class entity : entities) {
            if (entityManager.count(entity) == 0) {
                String pk = Common.getPrimaryKeyField(entity, entityManager.getFieldNameConverter());
                Connection connection = provider.getConnection();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE " + tableName(entity) + " ALTER COLUMN " + pk + " RESTART WITH 1");
                } finally {
                    connection.close();
                }
            }
        }
        statements.reset();
    }

    private void dropAppTables() {
        withConnection(connection -> {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, "public", "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (name.toUpperCase().startsWith("AO_")) {
                        tables.add(name);
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    statement.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
                }
            }
            return null;
        });
        statements.reset();
    }

    private DatabaseProvider provider(TestDatabase database, String url) {
        String user = database.user();
        String password = database.password();
        return switch (database) {
            case HSQLDB -> new HSQLDatabaseProvider(url, user, password) {
                @Override
                protected Connection getConnectionImpl() throws SQLException {
                    return connections.forThisThread(super::getConnectionImpl);
                }
            };
            case POSTGRESQL -> new PostgreSQLDatabaseProvider(url, user, password) {
                @Override
                protected Connection getConnectionImpl() throws SQLException {
                    return connections.forThisThread(super::getConnectionImpl);
                }
            };
        };
    }

    /** Carries a runtime failure through 0.8.2's Transaction, which rolls back on SQLException only. */
    private static final class CallbackFailure extends SQLException {
        CallbackFailure(RuntimeException cause) {
            super(cause);
        }
    }

    private <T> T inTransaction(TransactionCallback<T> callback) throws SQLException {
        if (transactionDepth.get() > 0) {
            return callback.doInTransaction();
        }
        transactionDepth.set(1);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() throws SQLException {
                    try {
                        return callback.doInTransaction();
                    } catch (RuntimeException e) {
                        throw new CallbackFailure(e);
                    }
                }
            }.execute();
        } catch (CallbackFailure e) {
            entityManager.flushAll();
            throw (RuntimeException) e.getCause();
        } catch (SQLException e) {
            entityManager.flushAll();
            throw e;
        } finally {
            transactionDepth.set(0);
        }
    }

    private int deleteWithSql(Class<? extends RawEntity<?>> type, String criteria, Object[] parameters)
            throws SQLException {
        String sql = "DELETE FROM " + tableName(type) + (criteria == null || criteria.isBlank() ? "" : " WHERE " + criteria);
        Connection connection = provider.getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } finally {
            connection.close();
        }
    }

    /**
     * Atlassian's stream hands each row to the callback as a read-only entity built straight from the result set,
     * without the entity manager's caches; so does this, reading the getters' columns by the field name converter.
     * Setters and save() fail, as on Atlassian's read-only entities.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void streamReadOnly(Class<? extends RawEntity<?>> type, Query query, EntityStreamCallback callback)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT * FROM ").append(tableName(type));
        if (query.getWhereClause() != null && !query.getWhereClause().isBlank()) {
            sql.append(" WHERE ").append(query.getWhereClause());
        }
        if (query.getOrderClause() != null && !query.getOrderClause().isBlank()) {
            sql.append(" ORDER BY ").append(query.getOrderClause());
        }
        if (query.getLimit() >= 0) {
            sql.append(" LIMIT ").append(query.getLimit());
        }
        if (query.getOffset() > 0) {
            sql.append(" OFFSET ").append(query.getOffset());
        }
        Connection connection = provider.getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            Object[] parameters = query.getWhereParams() == null ? new Object[0] : query.getWhereParams();
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                java.sql.ResultSetMetaData columns = rows.getMetaData();
                // the labels once per read, not once per row: a streamed read of many rows is what stream is for
                String[] labels = new String[columns.getColumnCount()];
                for (int column = 1; column <= labels.length; column++) {
                    labels[column - 1] = columns.getColumnLabel(column).toUpperCase(java.util.Locale.ROOT);
                }
                while (rows.next()) {
                    Map<String, Object> values = new java.util.HashMap<>(labels.length * 2);
                    for (int column = 1; column <= labels.length; column++) {
                        values.put(labels[column - 1], rows.getObject(column));
                    }
                    callback.onRowRead((RawEntity) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                            (proxy, method, arguments) -> readOnly(type, values, method)));
                }
            }
        } finally {
            connection.close();
        }
    }

    /** The column each getter reads (the converter is slow enough to dominate a streamed read). */
    private final Map<Method, String> columnsByGetter = new java.util.concurrent.ConcurrentHashMap<>();

    private Object readOnly(Class<?> type, Map<String, Object> values, Method method) {
        String name = method.getName();
        switch (name) {
            case "getEntityType":
                return type;
            case "hashCode":
                return values.hashCode();
            case "equals":
                return false;
            case "toString":
                return type.getSimpleName() + values;
            default:
                break;
        }
        if (!Common.isAccessor(method)) {
            throw new UnsupportedOperationException("a streamed entity is read-only: " + name);
        }
        String column = columnsByGetter.computeIfAbsent(method, getter -> (getter.getName().equals("getID") ? "ID"
                : entityManager.getFieldNameConverter().getName(getter)).toUpperCase(java.util.Locale.ROOT));
        Object value = values.get(column);
        Class<?> returned = method.getReturnType();
        if (value == null) {
            return defaultOf(returned);
        }
        if (returned == long.class || returned == Long.class) {
            return ((Number) value).longValue();
        }
        if (returned == int.class || returned == Integer.class) {
            return ((Number) value).intValue();
        }
        if (returned == boolean.class || returned == Boolean.class) {
            return value instanceof Boolean flag ? flag : ((Number) value).intValue() != 0;
        }
        return value;
    }

    /**
     * Atlassian's migrate creates the composite indexes an entity declares with {@code @Indexes}; 0.8.2 knows only
     * single-column ones, so they are created here, named after the table and the index.
     */
    private void createCompositeIndexes(Set<Class<?>> entities) throws SQLException {
        Connection connection = provider.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (Class<?> entity : entities) {
                net.java.ao.schema.Indexes indexes = entity.getAnnotation(net.java.ao.schema.Indexes.class);
                if (indexes == null) {
                    continue;
                }
                for (net.java.ao.schema.Index index : indexes.value()) {
                    List<String> columns = new ArrayList<>();
                    for (String getter : index.methodNames()) {
                        try {
                            columns.add(entityManager.getFieldNameConverter().getName(entity.getMethod(getter)));
                        } catch (NoSuchMethodException e) {
                            throw new IllegalStateException(entity.getSimpleName() + " has no " + getter, e);
                        }
                    }
                    statement.execute("CREATE INDEX IF NOT EXISTS " + tableName(entity) + "_" + index.name()
                            + " ON " + tableName(entity) + " (" + String.join(", ", columns) + ")");
                }
            }
        } finally {
            connection.close();
        }
    }

    /**
     * Atlassian's migrate makes a {@code @StringLength(UNLIMITED)} text a CLOB/TEXT column; 0.8.2 knows no such
     * annotation and makes every text VARCHAR(255), so those columns are widened here (once: skipped when wide).
     */
    private void widenUnlimitedTexts(Set<Class<?>> entities) throws SQLException {
        boolean hsqldb = provider instanceof HSQLDatabaseProvider;
        Connection connection = provider.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (Class<?> entity : entities) {
                for (Method getter : entity.getMethods()) {
                    net.java.ao.schema.StringLength length = getter.getAnnotation(net.java.ao.schema.StringLength.class);
                    if (length == null || length.value() != net.java.ao.schema.StringLength.UNLIMITED
                            || getter.getReturnType() != String.class) {
                        continue;
                    }
                    String column = entityManager.getFieldNameConverter().getName(getter);
                    if (columnSize(connection, tableName(entity), column) > 255) {
                        continue;
                    }
                    statement.execute("ALTER TABLE " + tableName(entity) + " ALTER COLUMN " + column
                            + (hsqldb ? " SET DATA TYPE LONGVARCHAR" : " TYPE TEXT"));
                }
            }
        } finally {
            connection.close();
        }
    }

    private static int columnSize(Connection connection, String table, String column) throws SQLException {
        java.sql.DatabaseMetaData meta = connection.getMetaData();
        for (String[] names : List.of(new String[]{table, column}, new String[]{table.toLowerCase(), column.toLowerCase()})) {
            try (ResultSet columns = meta.getColumns(null, null, names[0], names[1])) {
                if (columns.next()) {
                    return columns.getInt("COLUMN_SIZE");
                }
            }
        }
        throw new IllegalStateException("no column " + table + "." + column);
    }

    /** What a getter of a primitive type gives for NULL; null for reference types. */
    private static Object defaultOf(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        return null;
    }

    /**
     * Atlassian's bulk create writes rows of the same columns as one JDBC batch, i.e. one statement per batch: so
     * does this (0.8.2 has no bulk create), so statement counts match what Jira runs.
     */
    private void insertBatch(Class<? extends RawEntity<?>> type, List<Map<String, Object>> rows) throws SQLException {
        Map<List<String>, List<Map<String, Object>>> byColumns = new java.util.LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            byColumns.computeIfAbsent(new ArrayList<>(new java.util.TreeSet<>(row.keySet())), columns -> new ArrayList<>())
                    .add(row);
        }
        Connection connection = provider.getConnection();
        try {
            for (Map.Entry<List<String>, List<Map<String, Object>>> group : byColumns.entrySet()) {
                List<String> columns = group.getKey();
                String sql = "INSERT INTO " + tableName(type) + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (Map<String, Object> row : group.getValue()) {
                        for (int i = 0; i < columns.size(); i++) {
                            statement.setObject(i + 1, row.get(columns.get(i)));
                        }
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
            }
        } finally {
            connection.close();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object get(Class type, Object key) throws SQLException {
        String pk = Common.getPrimaryKeyField(type, entityManager.getFieldNameConverter());
        RawEntity[] found = entityManager.find(type, Query.select().where(pk + " = ?", key));
        return found.length == 0 ? null : found[0];
    }

    private final class Handler implements InvocationHandler {

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            Class<?>[] types = method.getParameterTypes();
            try {
                switch (name) {
                    case "migrate":
                    case "migrateDestructively":
                        if (migrated.containsAll(Arrays.asList((Class<?>[]) args[0]))) {
                            // the schema is current: Atlassian's migrate changes nothing, and 0.8.2 would take the
                            // widened text columns on PostgreSQL for a table to create again
                            return null;
                        }
                        // 0.8.2 drops every table it is not given; Atlassian's migrate only adds.
                        migrated.addAll(Arrays.asList((Class<?>[]) args[0]));
                        entityManager.migrate(migrated.toArray(new Class[0]));
                        createCompositeIndexes(migrated);
                        widenUnlimitedTexts(migrated);
                        startIdentitiesAtOne((Class[]) args[0]);
                        return null;
                    case "flushAll":
                        entityManager.flushAll();
                        return null;
                    case "flush":
                        entityManager.flush((RawEntity[]) args[0]);
                        return null;
                    case "get":
                        if (types[1].isArray()) {
                            Object keys = args[1];
                            List<Object> found = new ArrayList<>();
                            for (int i = 0; i < Array.getLength(keys); i++) {
                                Object entity = get((Class) args[0], Array.get(keys, i));
                                if (entity != null) {
                                    found.add(entity);
                                }
                            }
                            return toArray((Class) args[0], found);
                        }
                        return get((Class) args[0], args[1]);
                    case "create":
                        if (types[1] == DBParam[].class) {
                            return entityManager.create((Class) args[0], (DBParam[]) args[1]);
                        }
                        if (types[1] == Map.class) {
                            return entityManager.create((Class) args[0], (Map) args[1]);
                        }
                        inTransaction(() -> {
                            try {
                                insertBatch((Class) args[0], (List<Map<String, Object>>) args[1]);
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                            return null;
                        });
                        return null;
                    case "delete":
                        entityManager.delete((RawEntity[]) args[0]);
                        return null;
                    case "deleteWithSQL":
                        return deleteWithSql((Class) args[0], (String) args[1], (Object[]) args[2]);
                    case "find":
                        return find(types, args);
                    case "findWithSQL":
                        return entityManager.findWithSQL((Class) args[0], (String) args[1], (String) args[2], (Object[]) args[3]);
                    case "stream": {
                        Query query = types.length == 3 ? (Query) args[1] : Query.select();
                        streamReadOnly((Class) args[0], query, (EntityStreamCallback) args[args.length - 1]);
                        return null;
                    }
                    case "count":
                        if (types.length == 1) {
                            return entityManager.count((Class) args[0]);
                        }
                        if (types[1] == Query.class) {
                            return entityManager.count((Class) args[0], (Query) args[1]);
                        }
                        return entityManager.count((Class) args[0], (String) args[1], (Object[]) args[2]);
                    case "executeInTransaction":
                        return inTransaction((TransactionCallback) args[0]);
                    case "toString":
                        return "TestActiveObjects[" + provider.getURI() + "]";
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    case "equals":
                        return proxy == args[0];
                    default:
                        throw new UnsupportedOperationException("ActiveObjects." + name + " is not emulated in tests");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("SQL failed in ActiveObjects." + name + ": " + e.getMessage(), e);
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Object find(Class<?>[] types, Object[] args) throws SQLException {
            Class type = (Class) args[0];
            if (types.length == 1) {
                return entityManager.find(type);
            }
            if (types.length == 2) {
                return entityManager.find(type, (Query) args[1]);
            }
            if (types[2] == Query.class) {
                return entityManager.find(type, (String) args[1], (Query) args[2]);
            }
            return entityManager.find(type, (String) args[1], (Object[]) args[2]);
        }

        private Object toArray(Class<?> type, List<Object> items) {
            Object array = Array.newInstance(type, items.size());
            for (int i = 0; i < items.size(); i++) {
                Array.set(array, i, items.get(i));
            }
            return array;
        }
    }
}
