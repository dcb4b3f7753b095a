/**
 * The Spor plugin API: the only part of Spor a sector plugin sees.
 *
 * <h2>What lives here</h2>
 * Only PF4J {@link org.pf4j.ExtensionPoint} interfaces, plain records and enums. No framework types,
 * no I/O. A plugin depends on this module (and on PF4J) in {@code provided} scope.
 *
 * <h2>Extension points</h2>
 * <ul>
 *   <li>{@link dk.spor.plugin.api.SectorExtension} — a sector's module templates, use cases,
 *       leadership-track cases and offers per attitude type.</li>
 *   <li>{@link dk.spor.plugin.api.ActionLearningPolicy} — when and how action learning may be booked
 *       in a sector.</li>
 * </ul>
 *
 * <h2>Evolving the API</h2>
 * <ul>
 *   <li>A new kind of contribution is a <em>new</em> interface extending {@code ExtensionPoint}; existing
 *       interfaces are not widened with abstract methods. That is a minor version step
 *       ({@code 1.0.0 → 1.1.0}); old plugins keep loading.</li>
 *   <li>A new method on an existing interface must be a {@code default} method (minor step).</li>
 *   <li>Removing or changing a method, a record component or an enum constant is a major step
 *       ({@code 2.0.0}); plugins built for {@code 1.x} then no longer load.</li>
 *   <li>A plugin declares the API range it needs in its manifest, e.g.
 *       {@code Plugin-Requires: >=1.1.0 & <2.0.0}; the host sets PF4J's system version to
 *       {@link dk.spor.plugin.api.PluginApi#VERSION}.</li>
 * </ul>
 *
 * <h2>Identifiers</h2>
 * Every extension has a stable kebab-case id ({@code sector-citizen-service}); that id, never a class
 * name, is what the host stores.
 */
package dk.spor.plugin.api;
