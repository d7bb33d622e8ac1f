package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_DIGEST_OPT_OUT: the people who do not want the weekly digest e-mail. */
@Preload
@Table("DigestOptOut")
public interface DigestOptOutEntity extends Entity {

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);
}
