/**
 * The service catalogue: which services there are, their names and keywords.
 */
package com.aibackend.catalogue;
