package com.atlassian.sal.api.message;

import java.io.Serializable;

/** Mirror of sal-api 6.x {@code com.atlassian.sal.api.message.Message}; see DESIGN.md. Verified against: sal-api Message source (code corpus, "@since 2.0"): extends Serializable; getKey, getArguments. */
public interface Message extends Serializable {
    String getKey();

    Serializable[] getArguments();
}
