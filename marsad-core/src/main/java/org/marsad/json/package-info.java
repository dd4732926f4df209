/** The JSON form of coded documents, versioned and described by a JSON Schema. */
package org.marsad.json;
