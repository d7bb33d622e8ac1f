package com.salesteam.jira.store.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Wraps JDBC connections so that every executed statement is counted, and keeps one open connection per
 * thread: the old ORM would otherwise open a new database connection for each statement. A statement with more than
 * {@link StatementCounter#MAX_PARAMETERS} parameters fails the test at once: SQL Server refuses past 2,100.
 */
final class CountingConnections {

    private final StatementCounter counter;
    private final List<Connection> opened = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Connection> perThread = new ThreadLocal<>();

    CountingConnections(StatementCounter counter) {
        this.counter = counter;
    }

    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /** This thread's connection (opened on first use), wrapped so that closing it keeps it for the next call. */
    Connection forThisThread(Opener opener) throws SQLException {
        Connection real = perThread.get();
        if (real == null || real.isClosed()) {
            real = opener.open();
            perThread.set(real);
            opened.add(real);
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[]{Connection.class}, new ConnectionHandler(real));
    }

    void closeAll() {
        for (Connection connection : opened) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing at shutdown: nothing left to protect
            }
        }
        opened.clear();
    }

    private final class ConnectionHandler implements InvocationHandler {
        private final Connection real;

        ConnectionHandler(Connection real) {
            this.real = real;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    return null;
                case "isClosed":
                    return real.isClosed();
                default:
                    break;
            }
            if (method.getName().startsWith("prepare") && args != null && args.length > 0
                    && args[0] instanceof String sql) {
                counter.prepared(sql);
            }
            Object result = call(real, method, args);
            if (result instanceof CallableStatement statement) {
                return countingStatement(statement, CallableStatement.class);
            }
            if (result instanceof PreparedStatement statement) {
                return countingStatement(statement, PreparedStatement.class);
            }
            if (result instanceof Statement statement) {
                return countingStatement(statement, Statement.class);
            }
            return result;
        }
    }

    private <S extends Statement> S countingStatement(S real, Class<S> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                counter.increment();
            }
            return call(real, method, args);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler));
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
