package com.aibackend.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.aibackend.shared.UnknownFieldsException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Our API's request bodies take the fields their records name and no others:
 * {@code {"available": false}} where the field is {@code away} is refused with 422 naming
 * the field, instead of answering 200 and changing nothing. Nested records and lists of
 * them are checked too; the webhooks read their bodies raw and are not affected.
 */
@ControllerAdvice(basePackages = "com.aibackend")
class StrictApiBodies extends RequestBodyAdviceAdapter {

	private final ObjectMapper json;

	StrictApiBodies(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return isOurs(this.json.constructType(targetType));
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		byte[] body = input.getBody().readAllBytes();
		JsonNode tree;
		try {
			tree = this.json.readTree(body);
		}
		catch (IOException ex) {
			// Not JSON: the converter says so in its own words.
			return replay(input, body);
		}
		check(tree, this.json.constructType(targetType), "");
		return replay(input, body);
	}

	private void check(JsonNode node, JavaType type, String path) {
		if (node == null || node.isNull()) {
			return;
		}
		if ((type.isCollectionLikeType() || type.isArrayType()) && node.isArray()) {
			for (JsonNode element : node) {
				check(element, type.getContentType(), path);
			}
			return;
		}
		if (!isOurs(type) || !node.isObject()) {
			return;
		}
		BeanDescription bean = this.json.getDeserializationConfig().introspect(type);
		Map<String, BeanPropertyDefinition> properties = bean.findProperties()
			.stream()
			.collect(Collectors.toMap(BeanPropertyDefinition::getName, Function.identity(), (a, b) -> a));
		List<String> unknown = new ArrayList<>();
		for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
			String name = names.next();
			BeanPropertyDefinition property = properties.get(name);
			if (property == null) {
				unknown.add(path + name);
			}
			else {
				check(node.get(name), property.getPrimaryType(), path + name + ".");
			}
		}
		if (!unknown.isEmpty()) {
			throw new UnknownFieldsException(unknown, properties.keySet().stream().sorted().toList());
		}
	}

	private static boolean isOurs(JavaType type) {
		JavaType content = (type.isCollectionLikeType() || type.isArrayType()) ? type.getContentType() : type;
		return content != null && content.getRawClass().getName().startsWith("com.aibackend.") && !content.isEnumType();
	}

	private static HttpInputMessage replay(HttpInputMessage input, byte[] body) {
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return input.getHeaders();
			}

		};
	}

}
