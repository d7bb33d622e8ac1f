package com.salesteam.jira.sandbox;

import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.store.TeamRepository;

import java.util.List;
import java.util.Optional;

/** Seeds the sandbox on its first start: three teams, one nested, twenty reps with English and Chinese names. */
final class DemoData {

    private DemoData() {
    }

    static void seedIfEmpty(TeamRepository teams) {
        if (!teams.findAll().isEmpty()) {
            return;
        }
        long emea = teams.create(new TeamDraft("EMEA Enterprise", "Large accounts in Europe", Optional.empty(),
                Optional.of("m.garcia"), List.of("e.johnson", "l.brown", "o.davis", "n.wilson", "a.taylor",
                "s.martin", "j.clark"))).id();
        teams.create(new TeamDraft("华东区销售", "上海、杭州、南京的客户", Optional.empty(),
                Optional.of("wang.fang"), List.of("li.wei", "zhang.min", "liu.yang", "chen.jing", "yang.lei",
                "zhao.li", "huang.qiang")));
        teams.create(new TeamDraft("EMEA Inside Sales", "New business by phone, part of EMEA", Optional.of(emea),
                Optional.of("j.smith"), List.of("i.lewis", "zhou.jie", "m.lee", "b.walker", "c.hall", "wu.hao")));
    }
}
