/** The HTTP API and the web application over a Marsad store. */
package org.marsad.web;
