/**
 * The ids of the BPMN processes that Java code and tests refer to, one class per process:
 * the models in {@code bpmn/} are the source, these names must match them.
 */
package com.aibackend.process;
