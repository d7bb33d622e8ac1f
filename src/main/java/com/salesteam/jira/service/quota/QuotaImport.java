package com.salesteam.jira.service.quota;

/** What an import did: the quotas the file named and how many of them it created or changed. */
public record QuotaImport(int rows, int changed) {
}
