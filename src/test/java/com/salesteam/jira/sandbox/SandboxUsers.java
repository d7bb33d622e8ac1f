package com.salesteam.jira.sandbox;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.service.UserDirectory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The sandbox's pretend Jira users: an administrator, three managers and twenty reps. */
public final class SandboxUsers implements UserDirectory {

    public static final String ADMIN = "admin";

    private final Map<String, Person> byKey = new LinkedHashMap<>();
    private final Set<String> admins = Set.of(ADMIN);

    public SandboxUsers() {
        add("admin", "Alex Admin");
        add("m.garcia", "Maria Garcia");
        add("wang.fang", "王芳");
        add("j.smith", "John Smith");
        String[][] reps = {
                {"e.johnson", "Emma Johnson"}, {"l.brown", "Liam Brown"}, {"o.davis", "Olivia Davis"},
                {"n.wilson", "Noah Wilson"}, {"a.taylor", "Ava Taylor"}, {"s.martin", "Sophia Martin"},
                {"j.clark", "James Clark"}, {"i.lewis", "Isabella Lewis"},
                {"li.wei", "李伟"}, {"zhang.min", "张敏"}, {"liu.yang", "刘洋"}, {"chen.jing", "陈静"},
                {"yang.lei", "杨磊"}, {"zhao.li", "赵丽"}, {"huang.qiang", "黄强"}, {"zhou.jie", "周杰"},
                {"m.lee", "Mia Lee"}, {"b.walker", "Benjamin Walker"}, {"c.hall", "Charlotte Hall"},
                {"wu.hao", "吴昊"},
        };
        for (String[] rep : reps) {
            add(rep[0], rep[1]);
        }
    }

    private void add(String key, String displayName) {
        byKey.put(key, new Person(key, key, displayName));
    }

    public List<Person> all() {
        return new ArrayList<>(byKey.values());
    }

    public boolean isAdmin(String key) {
        return admins.contains(key);
    }

    @Override
    public Optional<Person> byKey(String userKey) {
        return Optional.ofNullable(byKey.get(userKey));
    }

    @Override
    public Optional<Person> byUsername(String username) {
        return byKey(username);
    }
}
