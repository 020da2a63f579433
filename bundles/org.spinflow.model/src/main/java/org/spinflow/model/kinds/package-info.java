/**
 * Node-kind descriptors: the one declaration of what a node kind is.
 *
 * <p>A {@link org.spinflow.model.kinds.NodeKindDescriptor} owns a kind's ports (name, direction,
 * signal kind, how the size follows from the node's properties, how many connections an input
 * accepts), its palette entry (label, category, icon), its property schema (name, type, unit,
 * default, range, enumerated choices), the factory of its EMF element, its validation rules and a
 * one-line summary for diagram labels. The validator, {@link org.spinflow.model.build.NetworkBuilder},
 * the GLSP diagram server (palette, creation, labels, property panel), the browser client (through
 * the server) and the IDE all read descriptors from {@link org.spinflow.model.kinds.NodeKinds};
 * none keeps its own list of kinds.
 *
 * <h2>Where descriptors live (bundle dependencies)</h2>
 * The bundles depend on each other as {@code model <- interpreter}, {@code devices <- interpreter},
 * {@code interpreter <- cli, glsp <- ui}; {@code model} and {@code devices} are independent. The
 * descriptor interface and the registry live here, in {@code model}, because the validator and
 * the builder live here and must work without the interpreter. Compilation to an execution node
 * needs the interpreter's types, so it is declared by the interpreter's
 * {@code org.spinflow.interpreter.NodeKind} (keyed by the descriptor's {@link
 * org.spinflow.model.kinds.NodeKindDescriptor#id() id}). A kind contributed by another bundle is
 * <em>one class</em> implementing both interfaces (see {@code tests/com.example.spinflow.gain}).
 * Spinflow's own kinds are declared here ({@link org.spinflow.model.kinds.StandardKinds}) and
 * compiled by {@code org.spinflow.interpreter.nodes.StandardKinds}, the only place that names
 * their execution nodes.
 *
 * <h2>Representation in XMI</h2>
 * Kinds with their own EClass ({@code InputLayer}, {@code Crossbar}, {@code MtjNeuronArray},
 * {@code ActivationLayer}, {@code Readout}) keep it, so existing files load unchanged. Every other
 * kind, built in ({@code sum}, {@code concat}) or contributed, is a {@link org.spinflow.model.GenericNode}
 * holding the descriptor id and its property values as {@link org.spinflow.model.Parameter}s.
 *
 * <h2>Discovery</h2>
 * Plain Java: {@link java.util.ServiceLoader} ({@code META-INF/services/org.spinflow.model.kinds.NodeKindDescriptor})
 * through this bundle's and the thread's context class loaders. OSGi: a bundle's services files are
 * visible only to its own class loader, so the IDE bundle ({@code org.spinflow.ui.ContributedKinds})
 * reads the same files of every installed bundle at start-up and calls
 * {@link org.spinflow.model.kinds.NodeKinds#contribute}; a contributing bundle needs nothing but the
 * files (it may also declare the {@code osgi.serviceloader} capabilities, as the example bundle does,
 * for a service-loader mediator such as Aries SPI Fly; Spinflow's bundles do not depend on one).
 *
 * <h2>Port sizes</h2>
 * Port sizes are derived: {@link org.spinflow.model.kinds.NodeKinds#syncPorts} sets them from the
 * node's properties when a model is loaded and after every property edit, so resizing a layer is
 * one attribute change.
 */
package org.spinflow.model.kinds;
