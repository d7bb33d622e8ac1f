package com.salesteam.jira.model.automation;

/** Why a deal's close date is alarming: it left the period it was expected in, or it moved too often. */
public enum SlipReason { LEFT_PERIOD, TOO_MANY_SLIPS }
