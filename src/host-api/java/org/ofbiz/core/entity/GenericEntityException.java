package org.ofbiz.core.entity;

/** Mirror of Jira 10.3 {@code org.ofbiz.core.entity.GenericEntityException}; see DESIGN.md. Verified against: org.ofbiz.core.entity.GenericEntityException source (OFBiz entity engine, code corpus; constructors ()/(String)/(String, Throwable)). Superclass simplified to Exception (Atlassian fork's intermediate GeneralException not verified). */
public class GenericEntityException extends Exception {
    public GenericEntityException() {
        super();
    }

    public GenericEntityException(String str) {
        super(str);
    }

    public GenericEntityException(String str, Throwable nested) {
        super(str, nested);
    }
}
