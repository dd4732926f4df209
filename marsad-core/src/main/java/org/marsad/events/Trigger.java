package org.marsad.events;

import java.util.Set;

/**
 * What a trigger word or phrase reports.
 *
 * @param type PLOVER type
 * @param mode PLOVER mode or {@code null}
 * @param cameo CAMEO code
 * @param noun whether it is a noun (زيارة) rather than a verb or verbal phrase
 * @param targetPreps the prepositions that introduce its target; {@code OBJ} for a direct object
 * @param symmetric whether both sides act alike
 * @param gapped whether words may stand between its parts (قبض … على: the arresting force between)
 */
record Trigger(String type, String mode, String cameo, boolean noun, Set<String> targetPreps, boolean symmetric,
    boolean gapped) {}
