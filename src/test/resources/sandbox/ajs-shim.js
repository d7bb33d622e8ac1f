/* Sandbox only: the three AJS functions the app's admin scripts use, standing in for Jira's AUI. */
window.AJS = window.AJS || {
    contextPath: function () {
        return '/jira';
    },
    format: function (pattern) {
        var args = arguments;
        return pattern.replace(/\{(\d+)\}/g, function (match, index) {
            return args[Number(index) + 1];
        });
    },
    I18n: {
        getText: function (key) {
            return (window.SALESTEAM_SANDBOX_I18N || {})[key] || key;
        }
    }
};
