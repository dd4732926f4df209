/** JMH benchmarks of Marsad's stages, on a sample of a JSON Lines corpus ({@code -Dmarsad.corpus=PATH}). */
package org.marsad.bench;
