/* Sandbox only: the smallest AMD loader the app's modules need (named define, require with a callback). */
(function () {
    'use strict';
    var modules = {};
    window.define = function (name, dependencies, factory) {
        modules[name] = {dependencies: dependencies, factory: factory, value: undefined, done: false};
    };
    window.define.amd = {};
    function load(name) {
        var module = modules[name];
        if (!module) {
            throw new Error('AMD module not defined: ' + name);
        }
        if (!module.done) {
            module.value = module.factory.apply(null, module.dependencies.map(load));
            module.done = true;
        }
        return module.value;
    }
    window.require = function (names, callback) {
        callback.apply(null, names.map(load));
    };
}());
