/**
 * Wires the Discord and Slack adapters to the core: one small class per platform that reads its
 * settings and builds its adapter. The only place besides the launcher that knows both platforms.
 */
package dev.jabu.app.platforms;
