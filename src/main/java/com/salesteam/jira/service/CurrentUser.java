package com.salesteam.jira.service;

import java.util.Optional;

/** Who is calling. Implemented over Jira's authentication context; empty when nobody is logged in. */
public interface CurrentUser {
    Optional<Caller> caller();
}
